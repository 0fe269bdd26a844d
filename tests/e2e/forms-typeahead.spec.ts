// A typo never creates a duplicate: the name pickers forgive what the palette forgives, and event
// mode is ready for the evening (focus on arrival, Ctrl+Enter saves).
import { expect, test } from '@playwright/test'
import { EventPages } from './page-models/EventPages'
import { Keystrokes, startDemoAt } from './page-models/FollowUpPages'

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

test('a meeting with two people of one company and a follow-up takes at most 10 keystrokes after Ctrl+L', async ({
  page
}) => {
  await startDemoAt(page)
  // typed at once after Ctrl+L: no key may be lost while the dialog opens
  await page.keyboard.press('Control+l')
  const keys = new Keystrokes(page)
  await keys.type('logi')
  await expect(page.getByRole('textbox', { name: 'Entreprise ou contact', exact: true })).toHaveValue('logi')
  await expect(page.getByRole('option').first()).toHaveText(/^Logiciels Fjordtech inc\./)
  await keys.press('Enter')
  // the company's people are offered next, in alphabetical order
  await expect(page.getByRole('option').first()).toHaveText(/^Chloé-Anne Girard/)
  await keys.press('Enter')
  await expect(page.getByRole('option').first()).toHaveText(/^Jérôme Lavoie/)
  await keys.press('Enter')
  const log = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  for (const name of ['Logiciels Fjordtech inc.', 'Chloé-Anne Girard', 'Jérôme Lavoie'])
    await expect(log.getByRole('button', { name: `Retirer ${name}`, includeHidden: true })).toBeAttached()
  await keys.press('Alt+2') // follow-up next week
  await keys.press('Control+Enter')
  expect(keys.count).toBeLessThanOrEqual(10)
  await expect(page.getByText('Interaction et suivi consignés.')).toBeVisible()
  await expect(log).toBeHidden()
})

test('an unsaved event-mode draft shows on Today, the Events list and the event, one click from event mode', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  const event = new EventPages(page)
  await app.go('Événements')
  const eventName = (await page.getByRole('table').getByRole('link').first().textContent()) ?? ''
  await page.getByRole('table').getByRole('link').first().click()
  await page.getByRole('link', { name: 'Mode soirée' }).click()
  await event.note(1, 'Une ingénieure en robotique')
  await event.note(2, 'Un acheteur de Rio Tinto')
  await event.note(3, 'Quelqu’un du CRIQ')

  await app.go('Aujourd’hui')
  const notice = page.getByRole('status').filter({ hasText: 'Brouillon non enregistré' })
  await expect(notice).toHaveText(
    `Brouillon non enregistré : 3 rencontres · ${eventName} Reprendre le mode soirée`
  )
  await app.go('Événements')
  await expect(notice).toContainText('Brouillon non enregistré : 3 rencontres')
  await notice.getByRole('link', { name: 'Reprendre le mode soirée' }).click()
  await expect(event.line(3).getByRole('textbox', { name: 'Note' })).toHaveValue('Quelqu’un du CRIQ')
  // the draft reopened: the first empty line is ready for the next name
  await expect(event.line(4).getByRole('textbox', { name: 'Personne et entreprise' })).toBeFocused()
})
