import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

// An import then several screens: slow on a busy 2-core machine, not a speed check
test.describe.configure({ timeout: 120_000 })

const SAMPLE = join(__dirname, '../../resources/exemple-import.csv')

test('the Contacts list exports what it shows, or a saved view, as one vCard 4.0 file', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), SAMPLE)
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await app.dialog().getByRole('button', { name: 'Importer 8 lignes' }).click()
  await expect(page.getByText(/Importation terminée/)).toBeVisible()

  // Every contact of the sample: seven cards
  await app.go('Contacts')
  const all = await app.download(page.getByRole('button', { name: 'Exporter 7 contacts en vCard' }))
  expect(all.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/)
  expect(readFileSync(all.path, 'utf8').match(/^BEGIN:VCARD\r$/gm)).toHaveLength(7)

  // Filtered, saved as a view, then the view applied again: its two people only
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('aluminerie')
  await page.getByRole('button', { name: 'Vues' }).click()
  await page.getByRole('menuitem', { name: 'Enregistrer la vue actuelle…' }).click()
  await app.dialog().getByLabel('Nom de la vue').fill('Aluminerie')
  await app.dialog().getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByRole('button', { name: 'Effacer les filtres' }).click()
  await expect(page.getByRole('button', { name: 'Exporter 7 contacts en vCard' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Vues épinglées' })
    .getByRole('link', { name: /Aluminerie/ })
    .click()

  const view = await app.download(page.getByRole('button', { name: 'Exporter 2 contacts en vCard' }))
  const text = readFileSync(view.path, 'utf8')
  expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2)
  expect(text.match(/^VERSION:4\.0\r$/gm)).toHaveLength(2)
  expect(text.match(/^FN:.*\r$/gm)).toEqual(['FN:Geneviève Bouchard\r', 'FN:Mathieu Côté\r'])
  expect(text.match(/^ORG:.*\r$/gm)).toEqual([
    'ORG:Aluminerie Numérique du Fjord inc.\r',
    'ORG:Aluminerie Numérique du Fjord inc.\r'
  ])
  await expect(page.getByText(/2 cartes enregistrées\s: contacts-/)).toBeVisible()

  // Nothing shown, nothing to export
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('zzzz')
  await expect(page.getByRole('button', { name: 'Aucun contact à exporter en vCard' })).toBeDisabled()
})
