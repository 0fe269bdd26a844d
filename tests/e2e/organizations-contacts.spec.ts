import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('create a company with an accented name, add a contact, and find both after a reload', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await expect(page.getByText('Aucune entreprise pour l’instant')).toBeVisible()

  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  const form = app.dialog()
  await form.getByLabel('Nom', { exact: false }).first().fill('Les Technologies Éloïse-Côté inc.')
  await form.getByLabel('NEQ').fill('1172345678')
  await form.getByLabel('Ville').fill('Chicoutimi')
  await form.getByRole('button', { name: 'Créer l’entreprise' }).click()

  await expect(
    page.getByRole('heading', { level: 2, name: 'Les Technologies Éloïse-Côté inc.' })
  ).toBeVisible()
  await page.getByRole('button', { name: 'Nouveau contact' }).click()
  await app.dialog().getByLabel('Prénom').fill('Noémie')
  await app.dialog().getByLabel('Nom de famille').fill('Gagnon-Bélanger')
  await app.dialog().getByLabel('Courriel').fill('noemie@eloise-cote.ca')
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('link', { name: 'Noémie Gagnon-Bélanger' })).toBeVisible()

  await app.reload()
  await app.go('Entreprises')
  await page.getByRole('textbox', { name: 'Filtrer les entreprises' }).fill('eloise cote')
  await expect(
    app.table('Entreprises').getByRole('link', { name: 'Les Technologies Éloïse-Côté inc.' })
  ).toBeVisible()
  await app.go('Contacts')
  await expect(app.table('Contacts').getByRole('link', { name: 'Noémie Gagnon-Bélanger' })).toBeVisible()
  await expect(
    app.table('Contacts').getByRole('link', { name: 'Les Technologies Éloïse-Côté inc.' })
  ).toBeVisible()
})

test('bad input gets a clear French message and nothing is stored', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill('Nordik 🚀')
  await app.dialog().getByLabel('NEQ').fill('123456789')
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  await expect(app.dialog().getByText('Le NEQ compte exactement 10 chiffres.')).toBeVisible()
  await app.dialog().getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByText('Aucune entreprise pour l’instant')).toBeVisible()

  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  await app.dialog().getByLabel('Prénom').fill('Zoë')
  await app.dialog().getByLabel('Courriel').fill('zoe@')
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(app.dialog().getByText('Adresse courriel invalide', { exact: false })).toBeVisible()
})

test('delete a company to the Trash and restore it', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill('Aluminerie Numérique')
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  await page.getByRole('button', { name: 'Supprimer' }).click()
  await app.dialog().getByRole('button', { name: 'Mettre à la corbeille' }).click()
  await expect(page.getByText('Aucune entreprise pour l’instant')).toBeVisible()

  await app.go('Corbeille')
  await page.getByRole('button', { name: 'Restaurer Aluminerie Numérique' }).click()
  await expect(page.getByText('La corbeille est vide')).toBeVisible()
  await app.go('Entreprises')
  await expect(app.table('Entreprises').getByRole('link', { name: 'Aluminerie Numérique' })).toBeVisible()

  // Ctrl+Z undoes the last delete
  await app.table('Entreprises').getByRole('link', { name: 'Aluminerie Numérique' }).click()
  await page.getByRole('button', { name: 'Supprimer' }).click()
  await app.dialog().getByRole('button', { name: 'Mettre à la corbeille' }).click()
  await expect(page.getByText('Aucune entreprise pour l’instant')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('heading', { level: 2, name: 'Aluminerie Numérique' })).toBeVisible()
})

test('edit a company’s name and region and a contact’s e-mail; a bad e-mail is refused; the edits stay after a reload', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies')
  await app.dialog().getByRole('combobox', { name: 'Région' }).click()
  await page.getByRole('option', { name: '03 · Capitale-Nationale' }).click()
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  await page.getByRole('button', { name: 'Nouveau contact' }).click()
  await app.dialog().getByLabel('Prénom').fill('Noémie')
  await app.dialog().getByLabel('Nom de famille').fill('Gagnon')
  await app.dialog().getByLabel('Courriel').fill('noemie@nordik.ca')
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('link', { name: 'Noémie Gagnon' })).toBeVisible()

  await page.getByRole('button', { name: 'Modifier', exact: true }).click()
  const company = page.getByRole('dialog', { name: 'Modifier l’entreprise' })
  await company.getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies inc.')
  await company.getByRole('combobox', { name: 'Région' }).click()
  await page.getByRole('option', { name: '02 · Saguenay–Lac-Saint-Jean' }).click()
  await company.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(company).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: 'Nordik Technologies inc.' })).toBeVisible()
  await expect(page.getByRole('main').getByText('02 · Saguenay–Lac-Saint-Jean')).toBeVisible()

  await page.getByRole('link', { name: 'Noémie Gagnon' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Noémie Gagnon' })).toBeVisible()
  const editContact = () => page.getByRole('button', { name: 'Modifier', exact: true }).click()
  const contact = page.getByRole('dialog', { name: 'Modifier le contact' })
  await editContact()
  await contact.getByLabel('Courriel').fill('noemie@')
  await contact.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(contact.getByText('Adresse courriel invalide (ex. : nom@entreprise.ca).')).toBeVisible()
  await contact.getByRole('button', { name: 'Annuler' }).click()
  // the refused address was not stored
  await expect(page.getByRole('button', { name: 'noemie@nordik.ca' })).toBeVisible()

  await editContact()
  await contact.getByLabel('Courriel').fill('noemie.gagnon@nordik.ca')
  await contact.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(contact).toBeHidden()
  await expect(page.getByRole('button', { name: 'noemie.gagnon@nordik.ca' })).toBeVisible()

  await app.reload()
  await expect(page.getByRole('button', { name: 'noemie.gagnon@nordik.ca' })).toBeVisible()
  await app.go('Entreprises')
  const row = app.table('Entreprises').getByRole('row').filter({ hasText: 'Nordik Technologies inc.' })
  await expect(row).toContainText('Saguenay–Lac-Saint-Jean')
  await row.getByRole('link', { name: 'Nordik Technologies inc.' }).click()
  await expect(page.getByRole('main').getByText('02 · Saguenay–Lac-Saint-Jean')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Noémie Gagnon' })).toBeVisible()
})
