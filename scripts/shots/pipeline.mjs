// Extra screenshots of the pipeline: table, charts, a file's page, the new-file form, stage settings.
export default async function pipeline(page, prefix, language) {
  const fr = language === 'fr'
  const base = page.url().replace(/#.*/, '')
  const view = async (name) => {
    await page.goto(`${base}#/pipeline`)
    await page
      .getByRole('radiogroup', { name: fr ? 'Affichage du pipeline' : 'Pipeline view' })
      .getByText(name)
      .click()
    await page.waitForTimeout(800)
  }
  await view(fr ? 'Liste' : 'Table')
  await page.screenshot({ path: `${prefix}-pipeline-table.png` })
  await view(fr ? 'Graphiques' : 'Charts')
  await page.screenshot({ path: `${prefix}-pipeline-charts.png`, fullPage: true })
  await page.mouse.move(800, 500)
  await page.mouse.wheel(0, 2000)
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${prefix}-pipeline-charts-bottom.png` })
  await view(fr ? 'Colonnes' : 'Board')
  await page.getByRole('link', { name: /Série A/ }).click()
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${prefix}-pipeline-file.png`, fullPage: true })
  await page
    .getByRole('link', { name: /Quantix/ })
    .first()
    .click()
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${prefix}-pipeline-company.png`, fullPage: true })
  await page.goto(`${base}#/pipeline`)
  await page.getByRole('button', { name: fr ? 'Nouveau dossier' : 'New file' }).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${prefix}-pipeline-form.png` })
  await page.keyboard.press('Escape')
  await page.goto(`${base}#/settings`)
  await page.waitForTimeout(600)
  await page.screenshot({ path: `${prefix}-pipeline-settings.png`, fullPage: true })
}
