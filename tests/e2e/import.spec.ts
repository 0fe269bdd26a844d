import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const SAMPLE = join(__dirname, '../../resources/exemple-import.csv')
const chooseButton = (app: RelaisApp) => app.dialog().getByRole('button', { name: 'Choisir un fichier' })

test('import the sample CSV: columns guessed from French headers, then companies and contacts', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(chooseButton(app), SAMPLE)

  const dialog = app.dialog()
  await expect(dialog.getByText('exemple-import.csv · 8 lignes de données')).toBeVisible()
  await expect(dialog.getByText('CSV, UTF-8, séparateur : point-virgule')).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Champ pour la colonne « Courriel »' })).toHaveValue(
    'Courriel'
  )
  await expect(dialog.getByRole('combobox', { name: 'Champ pour la colonne « Nom »' })).toHaveValue(
    'Nom de famille'
  )
  await dialog.getByRole('button', { name: 'Continuer' }).click()

  const summary = dialog.getByRole('group', { name: 'Ce qui sera importé' })
  await expect(summary.getByText('Entreprises à créer')).toBeVisible()
  await expect(summary).toContainText('6Entreprises à créer')
  await expect(summary).toContainText('7Contacts à créer')
  await dialog.getByRole('button', { name: 'Importer 8 lignes' }).click()
  await expect(page.getByText(/Importation terminée\s: 6 entreprise\(s\) et 7 contact\(s\)/)).toBeVisible()

  await expect(app.table('Entreprises').getByRole('link', { name: 'Boréal Données ltée' })).toBeVisible()
  await app.go('Contacts')
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('genevieve')
  await expect(app.table('Contacts').getByRole('link', { name: 'Geneviève Bouchard' })).toBeVisible()
  await expect(
    app.table('Contacts').getByRole('link', { name: 'Aluminerie Numérique du Fjord inc.' })
  ).toBeVisible()

  // The same file again: every row is now a duplicate, skipped unless asked otherwise
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(chooseButton(app), SAMPLE)
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await expect(app.dialog().getByRole('table', { name: 'Doublons possibles' })).toBeVisible()
  await expect(app.dialog().getByRole('button', { name: 'Rien à importer' })).toBeDisabled()
})

test('a file without a name column is refused with a clear message', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(chooseButton(app), {
    name: 'villes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Ville;Téléphone\nAlma;418 555-0100\n', 'utf8')
  })
  await expect(app.dialog().getByRole('alert')).toContainText(
    'Associez au moins une colonne au nom de l’entreprise ou au prénom du contact.'
  )
  await expect(app.dialog().getByRole('button', { name: 'Continuer' })).toBeDisabled()
})
