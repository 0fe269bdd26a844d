import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { APP_ENTRY_URL, APP_HOST, APP_NAME, APP_ORIGIN, APP_SCHEME } from '../../../electron/main/constants'
import { resolveUserDataDir } from '../../../electron/main/user-data'

// IndexedDB belongs to the origin and userData to the app name: if one of these changes,
// every existing user opens an empty database. Do not "fix" this test; see RELIABILITY.md.
describe('frozen app identity', () => {
  it('keeps the name, scheme and host of the first release', () => {
    expect(APP_NAME).toBe('Relais')
    expect(APP_SCHEME).toBe('app')
    expect(APP_HOST).toBe('relais')
    expect(APP_ORIGIN).toBe('app://relais')
    expect(APP_ENTRY_URL).toBe('app://relais/index.html')
  })

  it('keeps the profile in <appData>/Relais whatever the package is called', () => {
    expect(resolveUserDataDir('/home/u/.config', {})).toBe(join('/home/u/.config', 'Relais'))
  })

  it('honours an absolute RELAIS_USER_DATA only', () => {
    expect(resolveUserDataDir('/cfg', { RELAIS_USER_DATA: '/tmp/profile' })).toBe('/tmp/profile')
    expect(resolveUserDataDir('/cfg', { RELAIS_USER_DATA: 'relative/dir' })).toBe(join('/cfg', 'Relais'))
  })
})
