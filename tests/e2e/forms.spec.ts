// Forms that forgive: Escape closes the popover before the dialog, a changed dialog asks before it
// drops what was typed, and an unchanged quick log closes with one Escape.
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'

test('Escape in an open date picker closes the picker only; the log and its text stay', async ({ page }) => {
  const { pages } = await startDemoAt(page)
  await pages.openQuickLog()
  const dialog = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Parlé du programme ESSOR')
  await dialog.getByRole('textbox', { name: 'Date' }).click()
  const march = page.getByRole('button', { name: '3 mars 2026', exact: true })
  await expect(march).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(march).toBeHidden()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toHaveValue('Parlé du programme ESSOR')

  // the changed log asks before dropping the note; « Continuer la saisie » keeps it
  await page.keyboard.press('Escape')
  const ask = dialog.getByRole('alertdialog', { name: 'Abandonner cette rencontre ?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Continuer la saisie' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toHaveValue('Parlé du programme ESSOR')
  await dialog.getByRole('button', { name: 'Fermer' }).first().click()
  await ask.getByRole('button', { name: 'Abandonner', exact: true }).click()
  await expect(dialog).toBeHidden()
})

test('an unchanged quick log closes with one Escape, and focus goes back to what opened it', async ({
  page
}) => {
  await startDemoAt(page)
  const opener = page.getByRole('button', { name: 'Consigner une rencontre' }).first()
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await expect(dialog.getByRole('textbox', { name: 'Entreprise ou contact', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('Escape with focus on the dialog’s ✕ closes an unchanged form and asks about a changed one', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Contacts')
  const opener = page.getByRole('button', { name: 'Nouveau contact' }).first()
  const form = page.getByRole('dialog', { name: 'Nouveau contact' })
  const closeButton = form.getByRole('button', { name: 'Fermer' }).first()
  await opener.click()
  await closeButton.focus()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()

  await opener.click()
  await form.getByLabel('Prénom').fill('Zoé')
  await closeButton.focus()
  await page.keyboard.press('Escape')
  await expect(form.getByRole('alertdialog', { name: 'Abandonner les modifications\u00a0?' })).toBeVisible()
  await expect(form.getByLabel('Prénom')).toHaveValue('Zoé')
})
