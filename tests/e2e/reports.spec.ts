import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('export the activity report of the demo as XLSX and read the file back', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Rapports')
  await expect(page.getByRole('heading', { level: 2, name: 'Rapports' })).toBeVisible()
  await page.getByRole('radiogroup', { name: 'Période' }).getByText('Autres dates').click()
  await page.getByRole('textbox', { name: 'Du' }).fill('2000-01-01')
  await page.getByRole('textbox', { name: 'Au' }).fill('2099-12-31')
  await page.getByRole('textbox', { name: 'Au' }).press('Enter')

  const table = app.table('Interactions')
  await expect(table.getByRole('row').nth(3)).toBeVisible()
  const footer = await page
    .getByText(/^[\d\s\u00a0\u202f]+ lignes$/)
    .first()
    .textContent()
  const shown = Number(footer!.replace(/\D/g, ''))
  expect(shown).toBeGreaterThan(100)
  const firstRow = table.getByRole('row').nth(1).getByRole('cell')
  const firstType = await firstRow.nth(1).textContent()
  const firstTitle = await firstRow.nth(2).textContent()

  const file = await app.download(page.getByRole('button', { name: 'Exporter en Excel' }))
  expect(file.name).toBe('relais-activite-2000-01-01_2099-12-31.xlsx')
  await expect(
    page.getByText('Rapport enregistré : relais-activite-2000-01-01_2099-12-31.xlsx')
  ).toBeVisible()

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(file.path)).buffer)
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Interactions',
    'Par type',
    'Par entreprise',
    'Par contact'
  ])
  const sheet = workbook.getWorksheet('Interactions')!
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'Date',
    'Type',
    'Titre',
    'Entreprises',
    'Contacts',
    'Dossier',
    'Durée (min)',
    'Notes'
  ])
  expect(sheet.rowCount).toBe(shown + 1)
  expect(sheet.getCell('A2').value).toBeInstanceOf(Date)
  expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd hh:mm')
  expect(sheet.getCell('B2').value).toBe(firstType)
  expect(sheet.getCell('C2').value).toBe(firstTitle)
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  // printed: the report and its period on every page's footer, with the page number
  expect(sheet.headerFooter.oddFooter).toMatch(
    /^&LActivité · 1er janv\. 2000 au 31 déc\. 2099&RPage &P sur &N$/
  )
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' })
  const byKind = workbook.getWorksheet('Par type')!
  let total = 0
  byKind.eachRow((row, n) => {
    if (n > 1) total += Number(row.getCell(2).value)
  })
  expect(total).toBe(shown)
})

test('the pipeline report shows amounts in CAD and switches to English', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Rapports')
  await page.getByRole('combobox', { name: 'Rapport' }).click()
  await page.getByRole('option', { name: 'Financements' }).click()
  await page.getByRole('tab', { name: 'Par étape' }).click()
  await expect(
    app
      .table('Par étape')
      .getByRole('cell', { name: /\d[\d\s\u00a0\u202f]* \$$/ })
      .first()
  ).toBeVisible()

  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Reports')
  await page.getByRole('tab', { name: 'By stage' }).click()
  await expect(
    app
      .table('By stage')
      .getByRole('cell', { name: /^\$[\d,]+/ })
      .first()
  ).toBeVisible()
})
