import { describe, expect, it, vi } from 'vitest'
import {
  checkProfile,
  compareVersions,
  isNewerProfile,
  type ProfileFs
} from '../../../electron/main/profile-guard'
import { MAIN_MESSAGES } from '../../../electron/main/messages'

const current = { appVersion: '1.4.0', electronVersion: '41.10.7' }

const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })

function fsWith(
  content: string | Error,
  hasData = false
): ProfileFs & { writeFileAtomic: ReturnType<typeof vi.fn> } {
  return {
    readFile: async () => (content instanceof Error ? Promise.reject(content) : content),
    writeFileAtomic: vi.fn(async () => undefined),
    profileHasData: async () => hasData
  }
}

describe('compareVersions', () => {
  it.each([
    ['1.4.0', '1.4.0', 0],
    ['1.10.0', '1.9.9', 1],
    ['41.10.7', '42.0.0', -1],
    ['2.0.0-beta.1', '2.0.0', 0],
    ['1.4', '1.4.0', 0]
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected)
  })
})

describe('profile guard', () => {
  it('refuses a profile from a newer app or a newer Electron', () => {
    expect(isNewerProfile({ appVersion: '1.5.0', electronVersion: '41.10.7' }, current)).toBe(true)
    expect(isNewerProfile({ appVersion: '1.4.0', electronVersion: '42.0.0' }, current)).toBe(true)
    expect(isNewerProfile({ appVersion: '1.3.9', electronVersion: '40.0.0' }, current)).toBe(false)
  })

  it('stamps a new or older profile with the current versions', async () => {
    for (const content of [missing, JSON.stringify({ appVersion: '1.0.0', electronVersion: '40.0.0' })]) {
      const fs = fsWith(content)
      expect(await checkProfile(fs, '/u/profile-version.json', current)).toBe('ok')
      expect(fs.writeFileAtomic).toHaveBeenCalledWith('/u/profile-version.json', JSON.stringify(current))
    }
  })

  it('leaves a newer profile untouched', async () => {
    const fs = fsWith(JSON.stringify({ appVersion: '2.0.0', electronVersion: '41.10.7' }))
    expect(await checkProfile(fs, '/u/profile-version.json', current)).toBe('newer')
    expect(fs.writeFileAtomic).not.toHaveBeenCalled()
  })

  it.each([
    ['damaged', '{broken', false],
    ['of the wrong shape', '{"appVersion":2}', false],
    ['unreadable', Object.assign(new Error('EACCES'), { code: 'EACCES' }), false],
    ['missing from a profile that holds data', missing, true]
  ])('does not know, and stamps nothing, when the stamp is %s', async (_name, content, hasData) => {
    const fs = fsWith(content, hasData)
    expect(await checkProfile(fs, '/u/profile-version.json', current)).toBe('unknown')
    expect(fs.writeFileAtomic).not.toHaveBeenCalled()
  })

  it('explains it in both languages', () => {
    expect(Object.keys(MAIN_MESSAGES.fr)).toEqual(Object.keys(MAIN_MESSAGES.en))
    expect(MAIN_MESSAGES.fr.profileNewerTitle).toContain('Relais')
  })
})
