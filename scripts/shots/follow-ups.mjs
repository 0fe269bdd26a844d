// Extra screenshots for follow-ups: a company with a long timeline, the quick log being filled,
// and the Settings section. Usage: EXTRA=$PWD/scripts/shots/follow-ups.mjs node scripts/screenshots.mjs …
export default async function followUps(page, prefix, language) {
  const base = page.url().replace(/#.*/, '')
  await page.goto(`${base}#/companies`)
  await page.getByRole('table').getByRole('link', { name: 'Logiciels Fjordtech inc.' }).click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${prefix}-company-timeline.png`, fullPage: true })

  await page.keyboard.press('Control+l')
  await page.waitForTimeout(400)
  await page.keyboard.type('nord')
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${prefix}-quick-log-typing.png` })
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type(language === 'fr' ? 'Visite de l’usine' : 'Plant tour', { delay: 5 })
  await page.keyboard.press('Alt+2')
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${prefix}-quick-log.png` })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.goto(`${base}#/settings`)
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-settings-follow-ups.png`, fullPage: true })
}
