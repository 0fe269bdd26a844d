// The benchmark's browser (scripts/chromium.mjs) and the server of the bench build of the renderer.
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumExecutable } from '../scripts/chromium.mjs'

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

/**
 * The browser on a profile kept on disk, as the desktop app keeps its database (a context of
 * `browser.newContext()` is off the record: its IndexedDB lives in memory). Exact heap figures
 * (figure 9) need precise memory info.
 */
export function openKeptProfile(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
    locale: 'fr-CA',
    viewport: { width: 1440, height: 900 }
  })
}

/** The browser's version (a persistent context has no Browser object to ask). */
export async function chromiumVersion(context, page) {
  const { product } = await (await context.newCDPSession(page)).send('Browser.getVersion')
  return product.split('/')[1]
}
