// Event mode is as fast as the evening: four lines fit on a 1280×720 screen, and its follow-up
// presets count from the event's date, not from the day the draft is saved.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { EventPages } from './page-models/EventPages'
import { startDemoAt } from './page-models/FollowUpPages'

async function openEventMode(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Événements' }).click()
  await page.getByRole('table').getByRole('link').first().click()
  await page.getByRole('link', { name: 'Mode soirée' }).click()
}

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not laid out')
  return found
}

test('at 1280×720, four encounter lines are on screen at once, above the save bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await startDemoAt(page)
  await openEventMode(page)
  const event = new EventPages(page)
  const add = page.getByRole('button', { name: 'Ajouter une personne' })
  for (const number of [2, 3, 4]) {
    await add.click()
    await expect(event.line(number)).toBeVisible()
  }
  // runs in the page, which has the DOM types this Node-side file is compiled without
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0)
  )
  const fourth = await box(event.line(4).getByRole('textbox', { name: 'Personne et entreprise' }))
  const saveBar = await box(add)
  expect(fourth.y).toBeGreaterThanOrEqual(0)
  // the whole field, and the save bar's top edge is below it (the bar is sticky over the lines)
  expect(fourth.y + fourth.height).toBeLessThanOrEqual(saveBar.y)
  expect(saveBar.y + saveBar.height).toBeLessThanOrEqual(720)
})

test('« Demain » in event mode counts from the event’s date: the 5 à 7 of 23 January gives a follow-up due 24 January', async ({
  page
}) => {
  // today is 3 March 2026; the demo's 5 à 7 was on Friday 23 January 2026
  const { app } = await startDemoAt(page)
  const event = new EventPages(page)
  await app.go('Événements')
  await page.getByRole('table').getByRole('link', { name: '5 à 7 techno du Saguenay' }).click()
  await expect(page.getByText(/^23 janv\. 2026, 17 h 00 · /)).toBeVisible()
  await page.getByRole('link', { name: 'Mode soirée' }).click()
  await event.pick(1, 'Zoé Côté-Bélanger', /Créer le contact « Zoé Côté-Bélanger »/)
  await event.line(1).getByText('Demain', { exact: true }).click()
  await expect(event.line(1).getByRole('radio', { name: 'Demain' })).toBeChecked()
  await page.keyboard.press('Control+Enter')

  const title = 'Relancer Zoé Côté-Bélanger (5 à 7 techno du Saguenay)'
  const followUps = event.section(/^Suivis/)
  await expect(followUps.getByRole('listitem').filter({ hasText: title })).toContainText(
    /Échéance\s:\s24 janv\. 2026/
  )
  // on Today: overdue since 24 January, 38 days before 3 March (not « Demain », 4 March)
  await app.go('Aujourd’hui')
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('En retard de 38 jours')
})
