// The benchmark's browser: Playwright's own Chromium where installed, else Debian's, with the
// flags this machine needs. Also serves the bench build of the renderer.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { preview } from 'vite'

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info'
]

export async function launchBrowser() {
  const own = chromium.executablePath()
  const executablePath = existsSync(own) ? undefined : '/usr/bin/chromium'
  return chromium.launch({ executablePath, args: FLAGS })
}

export async function serve(root, outDir, port) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' }
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}
