// A typo never creates a duplicate: the name pickers forgive what the palette forgives, and event
// mode is ready for the evening (focus on arrival, Ctrl+Enter saves).
import { expect, test } from '@playwright/test'
import { EventPages } from './page-models/EventPages'
import { startDemoAt } from './page-models/FollowUpPages'

test('a typo’d name in the quick log offers the existing person first, before « create »', async ({
  page
}) => {
  const { pages } = await startDemoAt(page)
  await pages.openQuickLog()
  await page.keyboard.type('stephane bergron')
  const options = page.getByRole('option')
  await expect(options.first()).toHaveText(/^Stéphane Bergeron/)
  await expect(options.last()).toHaveText('Créer le contact « stephane bergron »')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog').getByText('Stéphane Bergeron', { exact: true })).toBeVisible()
})

test('event mode: the first line is focused on arrival, a company typed earlier is offered again, Ctrl+Enter saves', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  const event = new EventPages(page)
  await app.go('Événements')
  await page.getByRole('table').getByRole('link').first().click()
  await page.getByRole('link', { name: 'Mode soirée' }).click()
  const firstPicker = event.line(1).getByRole('textbox', { name: 'Personne et entreprise' })
  await expect(firstPicker).toBeFocused()

  await event.pick(1, 'Zoé Côté-Bélanger', /Créer le contact « Zoé Côté-Bélanger »/)
  await event.pick(1, 'Drones Boréal', /Créer l’entreprise « Drones Boréal »/)
  await event.note(1, 'Cherche du financement')
  // the next line: the company of line 1 (not saved yet) is offered, typo and all
  await event.line(2).getByRole('textbox', { name: 'Personne et entreprise' }).fill('drones borael')
  const drafted = page.getByRole('option', { name: 'Drones Boréal (nouvelle, dans ce brouillon)' })
  await expect(page.getByRole('option').first()).toHaveText('Drones Boréal (nouvelle, dans ce brouillon)')
  await drafted.click()

  await page.keyboard.press('Control+Enter')
  // saved: back on the event's page, which lists who was met
  await expect(page).toHaveURL(/#\/events\/[\w-]+$/)
  await expect(page.getByRole('link', { name: 'Zoé Côté-Bélanger' }).first()).toBeVisible()
})
