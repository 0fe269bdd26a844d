// Extra screenshots: a flagged company's page with its health and risk, the risk dialog.
export default async function healthShots(page, prefix, language) {
  await page.goto(page.url().replace(/#.*/, '#/companies'))
  await page.getByRole('textbox', { name: /Filtrer les entreprises|Filter companies/ }).fill('Pixel')
  await page.getByRole('table').getByRole('link', { name: 'Studio Pixel Boréal' }).click()
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${prefix}-company-flagged.png` })
  await page.getByRole('button', { name: language === 'fr' ? 'Modifier le risque' : 'Edit the risk' }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${prefix}-risk-dialog.png` })
  await page.keyboard.press('Escape')
}
