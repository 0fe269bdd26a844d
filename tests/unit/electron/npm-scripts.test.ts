// What package.json promises about building and Node versions.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { satisfies } = require('semver') as { satisfies(version: string, range: string): boolean }
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
  engines: { node: string }
}

/** How many times a script line builds the app (electron-vite preview builds unless --skipBuild). */
function builds(script: string): number {
  const steps = script.split('&&').map((step) => step.trim())
  return steps.filter(
    (step) =>
      step.startsWith('electron-vite build') ||
      (step.startsWith('electron-vite preview') && !step.includes('--skipBuild')) ||
      step === 'npm run build:all'
  ).length
}

describe('npm scripts', () => {
  it('npm start builds once, then opens the app', () => {
    expect(builds(pkg.scripts.start)).toBe(1)
  })

  it('npm test runs the built shell’s tests after the build', () => {
    const steps = pkg.scripts.test.split('&&').map((step) => step.trim())
    expect(steps.indexOf('npm run test:built')).toBeGreaterThan(steps.indexOf('npm run build:all'))
    expect(steps.indexOf('npm run build:all')).toBeGreaterThan(-1)
  })
})

describe('engines', () => {
  it('accepts the Node 20 the tests run on and the Node 22 the desktop app needs', () => {
    for (const version of ['20.19.0', '20.20.2', '22.12.0', '24.1.0']) {
      expect(satisfies(version, pkg.engines.node), version).toBe(true)
    }
  })

  it('refuses Nodes that cannot run the toolchain (Vite 8 wants 20.19 or 22.12)', () => {
    for (const version of ['18.20.0', '20.18.1', '22.11.0']) {
      expect(satisfies(version, pkg.engines.node), version).toBe(false)
    }
  })
})
