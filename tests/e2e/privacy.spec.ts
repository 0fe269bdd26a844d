import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

async function openEloise(app: RelaisApp, page: Page) {
  await app.go('Contacts')
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('eloise tremblay')
  await app.table('Contacts').getByRole('link', { name: 'Éloïse Tremblay' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Éloïse Tremblay' })).toBeVisible()
}

test('answer an access request, then erase the person: gone everywhere, written in the register without the name', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await openEloise(app, page)
  const privacy = page.getByRole('region', { name: 'Vie privée (Loi 25)' })

  await privacy.getByRole('button', { name: 'Exporter tout sur cette personne' }).click()
  const file = await app.download(page.getByRole('menuitem', { name: 'Classeur Excel (.xlsx)' }))
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(file.path)).buffer)
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Personne',
    'Interactions',
    'Suivis',
    'Mises en relation',
    // Law 25 s. 3.1: who is in charge of personal information
    'Responsable'
  ])
  expect(workbook.getWorksheet('Personne')!.getCell('B2').value).toBe('Éloïse')
  expect(workbook.getWorksheet('Interactions')!.rowCount).toBeGreaterThan(1)

  await privacy.getByRole('button', { name: 'Effacer cette personne' }).click()
  const dialog = page.getByRole('dialog', { name: 'Effacer Éloïse Tremblay ?' })
  const erase = dialog.getByRole('button', { name: 'Effacer définitivement' })
  await expect(erase).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Tapez EFFACER pour confirmer' }).fill('effacer')
  await erase.click()
  await expect(page.getByText(/^Personne effacée\./)).toBeVisible()

  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('eloise tremblay')
  await expect(app.table('Contacts').getByRole('link', { name: 'Éloïse Tremblay' })).toHaveCount(0)
  await app.go('Corbeille')
  await expect(page.getByText('Éloïse Tremblay')).toHaveCount(0)

  await app.go('Paramètres')
  const register = page.getByRole('table', { name: 'Registre des demandes et effacements' })
  await expect(register.getByRole('row')).toHaveCount(3)
  // The access request stays in the register, without her name
  const access = register.getByRole('row').filter({ hasText: 'Demande d’accès' })
  await expect(access.getByRole('cell').nth(2)).toHaveText('Personne effacée')
  const erasure = register.getByRole('row').filter({ hasText: 'Effacement' })
  await expect(erasure).toContainText(
    'Personne effacée (Regroupement des entreprises technologiques du Saguenay)'
  )
  await expect(erasure.getByRole('cell').nth(2)).not.toContainText('Tremblay')
  // Texts that still name her are pointed out, read live, until the officer edits them
  await expect(erasure.getByRole('link', { name: 'Appel avec Éloïse Tremblay' })).toBeVisible()
})
