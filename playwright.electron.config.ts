// The desktop smoke test: launches the built Electron app (npm run test:electron builds it first).
// Kept apart from playwright.config.ts, which drives the renderer in Chromium in browser mode.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/e2e/electron',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' }
})
