// One notification per action: undone with Ctrl+Z, the notification that offered « Annuler » gives
// way to the one saying it was undone (its button would undo a second time).
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'

test('delete a company, then Ctrl+Z: one notification at a time, never two stacked', async ({ page }) => {
  const { app } = await startDemoAt(page)
  await app.go('Entreprises')
  await page.getByRole('textbox', { name: 'Filtrer les entreprises' }).fill('nordik donnees')
  await app.table('Entreprises').getByRole('link', { name: 'Nordik Données ltée' }).click()
  await page.getByRole('button', { name: 'Supprimer' }).click()
  await app.dialog().getByRole('button', { name: 'Mettre à la corbeille' }).click()
  const notices = page.getByRole('alert')
  await expect(notices).toHaveCount(1)
  await expect(notices).toContainText('a été mis à la corbeille.')

  await page.keyboard.press('Control+z')
  await expect(page.getByRole('heading', { level: 2, name: 'Nordik Données ltée' })).toBeVisible()
  // the one offering « Annuler » leaves (its exit animation may take a moment), one stays: the
  // undone one is waited for first, or the count could read 1 before it shows
  await expect(notices.filter({ hasText: /Suppression annulée/ })).toHaveCount(1)
  await expect(notices).toHaveCount(1)
  await expect(notices).toHaveText(/Suppression annulée/)
})

test('mark a follow-up done on Today, then Ctrl+Z: the « Annuler » notification gives way', async ({
  page
}) => {
  await startDemoAt(page)
  const done = page.getByRole('button', { name: /^Marquer « .+ » comme fait$/ }).first()
  await done.click()
  const notices = page.getByRole('alert')
  await expect(notices).toHaveCount(1)
  await expect(notices).toContainText('est fait.')
  await page.keyboard.press('Control+z')
  await expect(notices.filter({ hasText: /est de nouveau à faire\./ })).toHaveCount(1)
  await expect(notices).toHaveCount(1)
  await expect(notices).toHaveText(/est de nouveau à faire\./)
})
