// npm run dist's configuration for the deb target, checked offline: electron-builder's own schema
// validation, the metadata its deb target refuses to build without, and the dependencies.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)

interface BuilderConfig {
  deb?: { depends?: string[] }
  linux?: { target?: string[] }
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: null, options: null): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  homepage?: string
  author?: { name?: string; email?: string } | string
}

describe('electron-builder configuration for deb', () => {
  it('passes electron-builder’s own validation', { timeout: 60_000 }, async () => {
    const config = await getConfig(process.cwd(), null, null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.linux?.target).toContain('deb')
  })

  it('has the homepage and the maintainer e-mail the deb target requires', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/[^/\s]+/)
    expect(typeof pkg.author).toBe('object')
    const author = pkg.author as { name?: string; email?: string }
    expect(author.name).toBe('Relais')
    expect(author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/)
  })

  it('keeps every dependency electron-builder gives a deb by default', { timeout: 60_000 }, async () => {
    const config = await getConfig(process.cwd(), null, null)
    const defaults = [
      'libgtk-3-0',
      'libnotify4',
      'libnss3',
      'libxss1',
      'libxtst6',
      'xdg-utils',
      'libatspi2.0-0',
      'libuuid1',
      'libsecret-1-0'
    ]
    expect(config.deb?.depends).toEqual(expect.arrayContaining(defaults))
  })
})
