import { describe, expect, it } from 'vitest'
import { trustedOrigins } from '../../../electron/main/origins'

describe('the dev server origin given by the environment (unpackaged runs)', () => {
  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173', 'http://[::1]:5173/index.html'])(
    'is trusted on this computer: %s',
    (url) => {
      expect(trustedOrigins(url)).toEqual(['app://relais', new URL(url).origin])
    }
  )

  it.each([
    'https://evil.example',
    'http://evil.example:5173',
    'http://localhost.evil.example:5173',
    'https://localhost:5173',
    'http://user:pw@localhost:5173',
    'file:///tmp/index.html',
    'not a url'
  ])('is not trusted anywhere else: %s', (url) => {
    expect(trustedOrigins(url)).toEqual(['app://relais'])
  })
})
