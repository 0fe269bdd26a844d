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
  await page.evaluate(() => window.scrollTo(0, 0))
  const fourth = await box(event.line(4).getByRole('textbox', { name: 'Personne et entreprise' }))
  const saveBar = await box(add)
  expect(fourth.y).toBeGreaterThanOrEqual(0)
  // the whole field, and the save bar's top edge is below it (the bar is sticky over the lines)
  expect(fourth.y + fourth.height).toBeLessThanOrEqual(saveBar.y)
  expect(saveBar.y + saveBar.height).toBeLessThanOrEqual(720)
})
