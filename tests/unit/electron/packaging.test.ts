// The packaging configuration keeps the frozen product name and the hardened fuses.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { APP_NAME } from '../../../electron/main/constants'

const config = readFileSync('electron-builder.yml', 'utf8')
const line = (key: string) => config.match(new RegExp(`^\\s*${key}:\\s*(.+)$`, 'm'))?.[1]?.trim()

describe('electron-builder configuration', () => {
  it('packages under the frozen app name', () => {
    expect(line('productName')).toBe(APP_NAME)
  })

  it('turns off the fuses that would let the app run as plain Node or be inspected', () => {
    expect(line('runAsNode')).toBe('false')
    expect(line('enableNodeOptionsEnvironmentVariable')).toBe('false')
    expect(line('enableNodeCliInspectArguments')).toBe('false')
    expect(line('enableEmbeddedAsarIntegrityValidation')).toBe('true')
  })

  it('builds for Linux, Windows and macOS with the app icon', () => {
    expect(config).toMatch(/target: \[AppImage, deb\]/)
    expect(config).toMatch(/target: \[nsis\]/)
    expect(config).toMatch(/target: \[dmg\]/)
    expect(line('icon')).toBeDefined()
  })
})
