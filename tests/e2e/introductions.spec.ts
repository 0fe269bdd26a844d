import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('the Introductions screen filters by status and counts this year’s outcomes; a new one from a contact page', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Mises en relation')
  const table = app.table('Mises en relation')
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /cette année/ })).toBeVisible()
  const all = await table.getByRole('row').count()

  await page.getByRole('combobox', { name: 'Statuts' }).click()
  await page.getByRole('option', { name: 'Proposée' }).click()
  await page.keyboard.press('Escape')
  await expect.poll(() => table.getByRole('row').count()).toBeLessThan(all)
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('cell').count()) > 0) await expect(row).toContainText('Proposée')
  }

  // from a contact page: Geneviève is introduced to Rémi, with a check-in
  await app.go('Contacts')
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('genevieve')
  await app
    .table('Contacts')
    .getByRole('link', { name: /Geneviève/ })
    .first()
    .click()
  const connections = page.getByRole('region', { name: /^Mises en relation/ })
  await connections.getByRole('button', { name: 'Nouvelle mise en relation' }).click()
  const dialog = app.dialog()
  await expect(dialog.getByRole('combobox', { name: 'Personne présentée' })).toHaveValue(/Geneviève Bouchard/)
  await dialog.getByRole('combobox', { name: 'À qui' }).fill('remi harvey')
  await page.getByRole('option', { name: /Rémi Harvey/ }).click()
  await dialog.getByRole('radiogroup', { name: 'Statut' }).getByText('Résultat obtenu').click()
  await dialog.getByRole('combobox', { name: 'Résultat' }).click()
  await page.getByRole('option', { name: 'Partenariat' }).click()
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  const item = connections.getByRole('listitem', { name: 'Geneviève Bouchard ↔ Rémi Harvey' })
  await expect(item).toContainText('Partenariat')

  await app.go('Mises en relation')
  // the status filter is still there when coming back: take it off
  await page.getByRole('combobox', { name: 'Statuts' }).press('Backspace')
  await page.getByRole('textbox', { name: /Rechercher une personne/ }).fill('genevieve remi')
  await expect(app.table('Mises en relation').getByRole('row')).toHaveCount(2)
  await expect(app.table('Mises en relation')).toContainText('Partenariat')

  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Introductions')
  await expect(page.getByRole('status').filter({ hasText: /led to an outcome this year/ })).toBeVisible()
  await expect(app.table('Introductions')).toContainText('Partnership')
})
