// Issue 14 point 7: logging a meeting with a person offers to mark their due follow-up done.
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('logging a meeting with a person marks their follow-up due today done, in the same save', async ({
  page
}) => {
  const { pages } = await startDemoAt(page)
  const today = pages.section(/^Aujourd’hui \(/)
  await expect(today).toHaveAccessibleName('Aujourd’hui (3)')
  const titles = await pages.uniqueTitles(today)
  // a follow-up due today that names a person (company link, then person link)
  let title = ''
  let person = ''
  for (const candidate of titles) {
    const links = pages.item(today, candidate).getByRole('link')
    if ((await links.count()) < 2) continue
    title = candidate
    person = (await links.nth(1).textContent()) ?? ''
    break
  }
  expect(person).not.toBe('')

  await pages.openQuickLog()
  await page.keyboard.type(person)
  await expect(page.getByRole('option').first()).toHaveText(new RegExp(`^${literal(person)}`))
  await page.keyboard.press('Enter')
  const log = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  const box = log.getByRole('checkbox', {
    name: new RegExp(`^Marquer comme fait\\s: ${literal(title)} \\(échéance`)
  })
  await expect(box).toBeChecked()
  await page.keyboard.press('Control+Enter')
  await expect(log).toBeHidden()
  await expect(pages.item(today, title)).toHaveCount(0)
})

test('Today shows the first line of the note logged with a follow-up', async ({ page }) => {
  const { pages } = await startDemoAt(page)
  await pages.openQuickLog()
  await page.keyboard.type('logi')
  await expect(page.getByRole('option').first()).toHaveText(/^Logiciels Fjordtech inc\./)
  await page.keyboard.press('Enter')
  await page.getByRole('textbox', { name: 'Notes' }).fill('Veut la grille 2026\nBudget voté en avril')
  await page.keyboard.press('Alt+1') // follow-up tomorrow
  await page.keyboard.press('Control+Enter')
  const item = page
    .getByRole('main')
    .getByRole('listitem', { name: 'Faire le suivi auprès de Logiciels Fjordtech inc.' })
  await expect(item).toContainText('Veut la grille 2026')
  await expect(item).not.toContainText('Budget voté en avril')
})
