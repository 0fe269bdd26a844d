import { expect, test } from '@playwright/test'
import { FollowUpPages } from './page-models/FollowUpPages'
import { tickConsents } from './page-models/IntroductionForm'
import { RelaisApp } from './page-models/RelaisApp'

test('the Introductions screen filters by status and counts this year’s outcomes; a new one from a contact page', async ({
  page
}) => {
  test.slow() // a filter tour, a new introduction with its consents, then the same in English
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
  await tickConsents(dialog)
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

test('an introduction from the quick log, between the people chosen in it', async ({ page }) => {
  test.slow() // two logs and two introductions, each with its consents
  const app = new RelaisApp(page)
  const pages = new FollowUpPages(page)
  await app.start('demo')
  const logWith = async (...people: [string, RegExp][]) => {
    await pages.openQuickLog()
    for (const [typed, name] of people) {
      await pages.partyField().fill(typed)
      await expect(page.getByRole('option').first()).toHaveText(name)
      await page.keyboard.press('Enter')
    }
  }
  await logWith(['genevieve', /Geneviève Bouchard/], ['remi harvey', /Rémi Harvey/])
  const log = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await log.getByRole('textbox', { name: 'Notes' }).fill('Rencontrés au 5 à 7')

  // Cancelling the introduction leaves the log as it was
  await log.getByRole('button', { name: 'Mise en relation…' }).click()
  const introduction = page.getByRole('dialog', { name: 'Nouvelle mise en relation' })
  await expect(introduction.getByRole('combobox', { name: 'Personne présentée' })).toHaveValue(
    /Geneviève Bouchard/
  )
  await expect(introduction.getByRole('combobox', { name: 'À qui' })).toHaveValue(/Rémi Harvey/)
  await introduction.getByRole('button', { name: 'Annuler' }).click()
  await expect(introduction).toBeHidden()
  await expect(log.getByRole('textbox', { name: 'Notes' })).toHaveValue('Rencontrés au 5 à 7')

  await log.getByRole('button', { name: 'Mise en relation…' }).click()
  await introduction.getByRole('textbox', { name: 'Raison' }).fill('Capteurs pour la ligne d’assemblage')
  await tickConsents(introduction)
  await introduction.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Mise en relation enregistrée.')).toBeVisible()
  await expect(introduction).toBeHidden()
  // Something was written in the log: it stays, to be saved as the meeting it also was
  await expect(log.getByRole('textbox', { name: 'Notes' })).toHaveValue('Rencontrés au 5 à 7')
  await log.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Interaction consignée.')).toBeVisible()
  await expect(log).toBeHidden()

  await app.go('Mises en relation')
  await page.getByRole('textbox', { name: /Rechercher une personne/ }).fill('genevieve remi')
  const table = app.table('Mises en relation')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Capteurs pour la ligne d’assemblage')

  // Nothing but the people in the log: saving the introduction is the end of it
  await logWith(['eloise', /Éloïse Tremblay/], ['genevieve', /Geneviève Bouchard/])
  await log.getByRole('button', { name: 'Mise en relation…' }).click()
  await tickConsents(introduction)
  await introduction.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(introduction).toBeHidden()
  await expect(log).toBeHidden()
  await expect(table.getByRole('row')).toHaveCount(2)
  await page.getByRole('textbox', { name: /Rechercher une personne/ }).fill('eloise genevieve')
  await expect(table.getByRole('row')).toHaveCount(2)
})
