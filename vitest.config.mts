import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

/**
 * Date logic runs once per time zone in its own process (TZ must be set before the process starts
 * using dates): west of UTC, Quebec, Europe, Asia and UTC+14, where a calendar date parsed as UTC
 * midnight would show the wrong day.
 */
const TIME_ZONES = ['Pacific/Honolulu', 'America/Toronto', 'Europe/Paris', 'Asia/Tokyo', 'Pacific/Kiritimati']
const TIME_ZONE_TESTS = 'tests/unit/**/*.tz.test.{ts,tsx}'
const BUILT_SHELL_TESTS = 'tests/unit/electron/built/**'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@renderer': resolve(import.meta.dirname, 'renderer/src')
    }
  },
  test: {
    environment: 'node',
    // Generous: some tests write thousands of records into the in-memory IndexedDB, and CI runs
    // them on two cores; speed is measured by the benchmark, never by a test's timeout.
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // The built shell's tests run after the build (npm run test:built, vitest.built.config.mts)
          exclude: [TIME_ZONE_TESTS, BUILT_SHELL_TESTS],
          pool: 'threads'
        }
      },
      ...TIME_ZONES.map((timeZone) => ({
        extends: true as const,
        test: { name: timeZone, include: [TIME_ZONE_TESTS], pool: 'forks' as const, env: { TZ: timeZone } }
      }))
    ]
  }
})
