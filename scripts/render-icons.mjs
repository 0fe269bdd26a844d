// Renders resources/icons/icon.svg to the PNG sizes electron-builder and the window need.
// Run once after changing the SVG: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const svg = readFileSync('resources/icons/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu']
})
const page = await browser.newPage()
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`
  )
  const name = size === 1024 ? 'resources/icon.png' : `resources/icons/${size}x${size}.png`
  await page.screenshot({ path: name, omitBackground: true })
}
await browser.close()
