import { test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test.setTimeout(600_000)
for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 }
]) {
  test(`shots ${size.width}`, async ({ page }) => {
    await page.setViewportSize(size)
    const app = new RelaisApp(page)
    await app.start('demo')
    for (const lang of ['fr', 'en']) {
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark') await page.getByRole('button', { name: /thème sombre|dark theme/i }).click()
        const tag = `${size.width}-${lang}-${theme}`
        await page.goto('/#/today')
        await page.waitForTimeout(1500)
        await page.screenshot({ path: `/tmp/words/shots/${tag}-today.png` })
        await page.goto('/#/companies')
        await page.waitForTimeout(1000)
        await page.getByRole('table').getByRole('link').first().click()
        await page.waitForTimeout(1500)
        await page.screenshot({ path: `/tmp/words/shots/${tag}-company.png`, fullPage: true })
        for (const screen of ['impact', 'reports', 'introductions']) {
          await page.goto(`/#/${screen}`)
          await page.waitForTimeout(2000)
          await page.screenshot({ path: `/tmp/words/shots/${tag}-${screen}.png`, fullPage: true })
        }
        if (theme === 'dark') await page.getByRole('button', { name: /thème clair|light theme/i }).click()
      }
      await page.goto('/#/settings')
      await page.getByRole('radiogroup', { name: /Langue de l’interface|Interface language/ }).getByText('English').click()
    }
  })
}
