import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

async function chooseRegion(page: Page, label: RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option }).click()
  await page.keyboard.press('Escape')
}

const figure = (page: Page, name: RegExp) =>
  page
    .getByRole('list', { name: /Chiffres clés|Key figures/ })
    .getByRole('listitem')
    .filter({ hasText: name })

const wholeNumber = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))

test('the demo’s impact for Saguenay–Lac-Saint-Jean: coverage, financing and jobs, then the same tables in XLSX', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Impact')
  await expect(page.getByRole('heading', { level: 2, name: 'Impact' })).toBeVisible()
  await chooseRegion(page, /^Régions/, '02 · Saguenay–Lac-Saint-Jean')

  const coverage = figure(page, /^Couverture/)
  await expect(coverage).toContainText(/[1-9]\d* entreprises rencontrées sur \d+/)
  await expect(coverage).not.toContainText(/^Couverture0 %/)
  const financing = figure(page, /^Financement autorisé/)
  await expect(financing).toContainText(/[1-9][\d,\s\u00a0\u202f]*(k|M)?\s?\$/)
  const jobs = figure(page, /^Emplois créés/)
  const created = wholeNumber(await jobs.locator('p').nth(1).textContent())
  expect(created).toBeGreaterThan(0)

  const file = await app.download(page.getByRole('button', { name: 'Exporter en Excel' }))
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(file.path)).buffer)
  // The file and its first sheet say which territory and period the figures are of
  expect(file.name).toMatch(/^relais-impact-02-saguenay-lac-saint-jean-(\d{4})-01-01_\1-12-31\.xlsx$/)
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Filtres',
    'Totaux',
    'Couverture par secteur',
    'Interactions par type',
    'Mises en relation par résultat',
    'Financement par produit',
    'Financement par partenaire'
  ])
  const filters = workbook.getWorksheet('Filtres')!
  const lines = filters.getRows(1, 5)!.map((row) => (row.values as unknown[]).slice(1))
  const year = new Date().getFullYear()
  expect(lines).toEqual([
    ['Critère', 'Valeur retenue'],
    ['Période', `Du 1er janvier ${year} au 31 décembre ${year}`],
    ['Régions', '02 · Saguenay–Lac-Saint-Jean'],
    ['MRC', 'Toutes les MRC'],
    ['Secteurs (SCIAN)', 'Tous les secteurs']
  ])
  const totals = workbook.getWorksheet('Totaux')!
  const header = (totals.getRow(1).values as unknown[]).slice(1)
  const cell = (name: string) => totals.getRow(2).getCell(header.indexOf(name) + 1).value
  expect(Number(cell('Entreprises rencontrées'))).toBeGreaterThan(0)
  expect(Number(cell('Autorisé'))).toBeGreaterThan(0)
  expect(cell('Emplois créés')).toBe(created)

  // Another region's companies are not Saguenay's
  await page.getByRole('combobox', { name: /^Régions/ }).click()
  await page.getByRole('option', { name: '02 · Saguenay–Lac-Saint-Jean' }).click()
  await page.getByRole('option', { name: '06 · Montréal' }).click()
  await page.keyboard.press('Escape')
  await expect(coverage).toContainText(/\d+ entreprises rencontrées sur [1-3]$/)
})

test.describe('in English', () => {
  test.use({ locale: 'en-CA' })

  test('the Impact screen speaks English and filters by sector', async ({ page }) => {
    const app = new RelaisApp(page)
    await app.start('demo')
    await app.go('Impact')
    await expect(figure(page, /^Coverage/)).toContainText(/companies met out of \d+/)
    await page.getByRole('combobox', { name: /^Sectors \(NAICS\)/ }).click()
    await page.getByRole('option', { name: /^5132 · / }).click()
    await page.keyboard.press('Escape')
    await expect(figure(page, /^Coverage/)).toContainText(/of [1-5]$/)
    await expect(page.getByRole('tab', { name: 'Coverage by sector' })).toBeVisible()
  })
})
