// The backup measurement (tests/unit/renderer/measure/backup-large-workspace.measure.ts) on the large workspace, in Node with an in-memory
// IndexedDB: `npx vitest run -c bench/backup.config.mts` (a few minutes; not part of npm test).
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    include: ['tests/unit/renderer/measure/backup-large-workspace.measure.ts'],
    testTimeout: 900_000
  }
})
