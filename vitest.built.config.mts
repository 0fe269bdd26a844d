// The tests of the BUILT desktop shell (out/main, out/preload, out/renderer) under a fake
// `electron` module. npm test runs them after the build; run alone, the global setup builds first
// when out/ is missing or older than the sources.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    name: 'built',
    environment: 'node',
    include: ['tests/unit/electron/built/**/*.test.ts'],
    globalSetup: ['tests/unit/electron/built/build-if-stale.ts'],
    // Each file changes process.platform and hooks require('electron'): one process per file
    pool: 'forks',
    // The first load of the built main (exceljs, zod) is slow on a busy machine
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
