// The benchmark's browser (scripts/chromium.mjs) and the server of the bench build of the renderer.
import { preview } from 'vite'
import { launchChromium } from '../scripts/chromium.mjs'

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
