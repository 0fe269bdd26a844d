// What officers type and the files they really have: an Outlook export in French, saved in
// Windows-1252, keeps its accents and says its encoding; a date typed « 15/03/2026 » is March 15.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

const OUTLOOK_FR = join(__dirname, '../fixtures/import/outlook-fr.csv')

test('an Outlook export in French, in Windows-1252: accents right, encoding and tool named, « Titre » left out', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), OUTLOOK_FR)

  const dialog = app.dialog()
  await expect(dialog.getByText('outlook-fr.csv · 2 lignes de données')).toBeVisible()
  await expect(
    dialog.getByText(
      'CSV, Windows-1252 (Europe occidentale), séparateur : virgule · export Outlook (français)'
    )
  ).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Encodage des caractères' })).toHaveValue(
    'Windows-1252 (Europe occidentale)'
  )
  await expect(dialog.getByRole('combobox', { name: 'Champ pour la colonne « Titre »' })).toHaveValue(
    'Ne pas importer'
  )
  await expect(dialog.getByRole('combobox', { name: 'Champ pour la colonne « Fonction »' })).toHaveValue(
    'Fonction'
  )
  await expect(
    dialog.getByRole('combobox', { name: 'Champ pour la colonne « Adresse de messagerie »' })
  ).toHaveValue('Courriel')
  await dialog.getByRole('button', { name: 'Continuer' }).click()
  await dialog.getByRole('button', { name: 'Importer 2 lignes' }).click()
  await expect(page.getByText(/Importation terminée\s: 2 entreprise\(s\) et 2 contact\(s\)/)).toBeVisible()

  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('eloise')
  await expect(app.table('Contacts').getByRole('link', { name: 'Éloïse Côté-Gagné' })).toBeVisible()
  await expect(app.table('Contacts').getByRole('link', { name: 'Électro-Nord ltée' })).toBeVisible()
})

/** The Date field of a new event, on an empty workspace, and typing into it as a person does. */
async function newEventDate(page: Page) {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Événements')
  await page.getByRole('button', { name: 'Nouvel événement' }).first().click()
  const date = app.dialog().getByRole('textbox', { name: 'Date' })
  const type = async (text: string) => {
    await date.fill(text)
    await date.blur()
  }
  return { app, date, type }
}

test('a date typed the Quebec way is read day first; one that cannot be read is refused', async ({
  page
}) => {
  const { app, date, type } = await newEventDate(page)

  await type('15/03/2026')
  await expect(date).toHaveValue('15 mars 2026')

  await type('1er avril 2026')
  await expect(date).toHaveValue('1er avr. 2026')

  await type('32/13/2026')
  await expect(
    app.dialog().getByText(/«\s32\/13\/2026\s» n’est pas une date que Relais sait lire/)
  ).toBeVisible()
  await expect(date).toHaveValue('1er avr. 2026')
})

/** The new company form on an empty workspace, its name typed. */
async function newCompanyForm(page: Page, name: string) {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouvelle entreprise' })
  await form.getByLabel('Nom').fill(name)
  return form
}

test('a tag too long is named under the tags field, the form kept; shortened, the company is saved', async ({
  page
}) => {
  const form = await newCompanyForm(page, 'Cleantech Fjord inc.')
  const tags = form.getByRole('combobox', { name: 'Étiquettes' })
  // 63 characters: the limit is 40
  await tags.fill('Programme régional d’accélération des technologies propres 2026')
  await tags.press('Enter')
  await tags.fill('cleantech')
  await tags.press('Enter')
  await form.getByRole('button', { name: 'Créer l’entreprise' }).click()

  await expect(form.getByText('Une étiquette compte au plus 40 caractères.')).toBeVisible()
  await expect(form).toBeVisible()
  await expect(form.getByLabel('Nom')).toHaveValue('Cleantech Fjord inc.')

  await tags.press('Backspace') // the last chip: cleantech
  await tags.press('Backspace') // the long one
  await tags.fill('Accélération cleantech 2026')
  await tags.press('Enter')
  await form.getByRole('button', { name: 'Créer l’entreprise' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Cleantech Fjord inc.' })).toBeVisible()
  await expect(page.getByText('Accélération cleantech 2026')).toBeVisible()
})

test('« demain », « hier » and « dans 2 semaines » are read from today and shown as the date', async ({
  page
}) => {
  // Thursday, December 3, 2026, 10:00 in the browser's time zone
  await page.clock.setFixedTime(new Date(2026, 11, 3, 10, 0))
  const { app, date, type } = await newEventDate(page)

  await type('demain')
  await expect(date).toHaveValue('4 déc. 2026')

  await type('hier')
  await expect(date).toHaveValue('2 déc. 2026')

  await type('dans 2 semaines')
  await expect(date).toHaveValue('17 déc. 2026')

  await type('vendredi')
  await expect(app.dialog().getByText(/«\svendredi\s» n’est pas une date que Relais sait lire/)).toBeVisible()
  await expect(date).toHaveValue('17 déc. 2026')
})

test('a website typed without « https:// » is saved with it, as the import already did', async ({ page }) => {
  const form = await newCompanyForm(page, 'Nordik Données ltée')
  await form.getByLabel('Site Web').fill('nordik.ca')
  await form.getByRole('button', { name: 'Créer l’entreprise' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Nordik Données ltée' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'nordik.ca' })).toBeVisible()
  await page
    .getByRole('button', { name: /^Modifier/ })
    .first()
    .click()
  await expect(page.getByRole('dialog').getByLabel('Site Web')).toHaveValue('https://nordik.ca')
})

test('Ctrl+Enter saves a form from its notes, where Enter starts a new line', async ({ page }) => {
  const form = await newCompanyForm(page, 'Cleantech Fjord inc.')
  const notes = form.getByLabel('Notes')
  await notes.click()
  await page.keyboard.type('Rencontrée au 5 à 7')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Suivi en janvier')
  await expect(form).toBeVisible()
  await page.keyboard.press('Control+Enter')

  await expect(page.getByRole('heading', { level: 2, name: 'Cleantech Fjord inc.' })).toBeVisible()
  await expect(form).toBeHidden()
  await page
    .getByRole('button', { name: /^Modifier/ })
    .first()
    .click()
  await expect(page.getByRole('dialog').getByLabel('Notes')).toHaveValue(
    'Rencontrée au 5 à 7\nSuivi en janvier'
  )
})
