// The benchmark's browser (scripts/chromium.mjs) and the server of the bench build of the renderer.
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumExecutable, launchChromium } from '../scripts/chromium.mjs'

export function launchBrowser() {
  // Exact heap figures (figure 9) need precise memory info
  return launchChromium(['--enable-precise-memory-info'])
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

/** The browser on a kept profile (profile.mjs's large workspace, built once), as the figures see the app. */
export function openKeptProfile(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_FLAGS,
    locale: 'fr-CA',
    viewport: { width: 1440, height: 900 }
  })
}
