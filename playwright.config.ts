import { existsSync } from 'node:fs'
import { chromium, defineConfig } from '@playwright/test'

// Prefer Playwright's own Chromium where one is installed; otherwise Debian's.
function chromiumExecutable(): string | undefined {
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return undefined
  } catch {
    // no bundled browser: fall through
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

const port = Number(process.env.RELAIS_E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: ['**/electron/**'],
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false
  }
})
