// Issue 14 point 6: a picker with no match says so and offers to create — the organisers of an
// event, the co-financing partners of a file and the people of an introduction as well.
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'

test('an event’s organisers offer « Créer « X » » when nothing matches, and the new company is chosen', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Événements')
  await page.getByRole('button', { name: 'Nouvel événement' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouvel événement' })
  const organizers = form.getByLabel('Organisateurs')
  await organizers.pressSequentially('Chambre de commerce de Roberval')
  await expect(page.getByRole('option')).toHaveText(['Créer «\u00a0Chambre de commerce de Roberval\u00a0»'])
  await page.keyboard.press('Enter')
  await expect(form.getByText('Chambre de commerce de Roberval', { exact: true })).toBeVisible()
  await expect(page.getByText('« Chambre de commerce de Roberval » a été créée.')).toBeVisible()
})

test('an introduction’s person offers « Créer « X » » when nothing matches, and the new person is chosen', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Mises en relation')
  await page.getByRole('button', { name: 'Nouvelle mise en relation' }).first().click()
  const form = page.getByRole('dialog', { name: 'Nouvelle mise en relation' })
  const person = form.getByRole('combobox', { name: 'Personne présentée' })
  await person.pressSequentially('Mathilde Ouellet-Noël')
  await expect(page.getByRole('option')).toHaveText(['Créer «\u00a0Mathilde Ouellet-Noël\u00a0»'])
  await page.keyboard.press('Enter')
  await expect(person).toHaveValue(/^Mathilde Ouellet-Noël/)
})
