// Screenshots of each screen in French and English, for a person to look at (not a test).
// Usage: node scripts/screenshots.mjs [baseURL] [outDir]   (serve the built renderer first)
import { mkdirSync } from 'node:fs'
import { launchChromium } from './chromium.mjs'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'screenshots'
const screens = (process.env.SCREENS ?? 'today,companies,contacts,settings,trash').split(',')
mkdirSync(out, { recursive: true })

const browser = await launchChromium()

for (const language of ['fr', 'en']) {
  for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
    const context = await browser.newContext({
      locale: language === 'fr' ? 'fr-CA' : 'en-CA',
      viewport: { width: 1440, height: 900 },
      colorScheme: scheme
    })
    const page = await context.newPage()
    await page.goto(base)
    await page.getByRole('button', { name: /Charger la démonstration|Load the demo/ }).waitFor()
    await page.screenshot({ path: `${out}/${language}-${scheme}-welcome.png` })
    await page.getByRole('button', { name: /Charger la démonstration|Load the demo/ }).click()
    await page.getByRole('navigation').first().waitFor()
    for (const screen of screens) {
      await page.goto(`${base}/#/${screen}`)
      await page.waitForTimeout(600)
      await page.screenshot({ path: `${out}/${language}-${scheme}-${screen}.png` })
    }
    if (process.env.EXTRA) {
      const extra = await import(process.env.EXTRA)
      await extra.default(page, `${out}/${language}-${scheme}`, language)
    }
    await context.close()
  }
}
await browser.close()
console.log(`screenshots in ${out}/`)
