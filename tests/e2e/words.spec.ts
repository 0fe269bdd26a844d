// Words and numbers by the app's language, not the browser's: a French app in an English (en-US)
// browser writes times in 24 h; the same app in English writes them in 12 h.
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test.use({ locale: 'en-US' })

test('a French app in an English browser writes « 10 % » and shows and reads times in 24 h', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Settings')
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('Français').click()
  const stages = page.getByRole('list', { name: 'Étapes du pipeline' }).getByRole('listitem')
  expect(await stages.first().textContent()).toContain('10\u00a0%')

  await app.go('Événements')
  await page.getByRole('button', { name: 'Nouvel événement' }).first().click()
  await expect(app.dialog().getByRole('textbox', { name: 'Début' })).toHaveValue('17:00')
  await expect(app.dialog().getByRole('textbox', { name: 'Fin' })).toHaveValue('19:00')
  await page.keyboard.press('Escape')
  await expect(app.dialog()).toBeHidden()

  await page.getByRole('button', { name: 'Consigner une rencontre' }).first().click()
  const time = app.dialog().getByRole('textbox', { name: 'Heure' })
  await expect(time).toHaveValue(/^\d\d:\d\d$/)
  await time.fill('5 pm')
  await time.blur()
  await expect(time).toHaveValue('17:00')
  await time.fill('9 h 30')
  await time.blur()
  await expect(time).toHaveValue('09:30')
  await time.fill('25 h')
  await time.blur()
  await expect(
    app.dialog().getByText('« 25 h » n’est pas une heure que Relais sait lire', { exact: false })
  ).toBeVisible()
})

test('an English app writes 10% and shows and reads times in 12 h', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Settings')
  const stages = page.getByRole('list', { name: 'Pipeline stages' }).getByRole('listitem')
  await expect(stages.first()).toContainText('10%')
  await page.getByRole('button', { name: 'Log a meeting' }).first().click()
  await expect(app.dialog().getByRole('textbox', { name: 'Time' })).toHaveValue(/^\d{1,2}:\d\d [AP]M$/)
  await page.keyboard.press('Escape')
  await expect(app.dialog()).toBeHidden()

  await app.go('Events')
  await page.getByRole('button', { name: 'New event' }).first().click()
  await expect(app.dialog().getByRole('textbox', { name: 'Start' })).toHaveValue('5:00 PM')
  const end = app.dialog().getByRole('textbox', { name: 'End' })
  await expect(end).toHaveValue('7:00 PM')
  await end.fill('21:15')
  await end.blur()
  await expect(end).toHaveValue('9:15 PM')
})

test.describe('long words at 1280 px', () => {
  test.use({ locale: 'fr-CA', viewport: { width: 1280, height: 720 } })

  test('separators, card headings, dates and table headings stay whole', async ({ page }) => {
    test.setTimeout(180_000) // four screens of the demo workspace
    const app = new RelaisApp(page)
    await app.start('demo')

    // Today: a « · » ends the line of the name before it, never starts a line
    await expect(page.getByRole('region', { name: /^En retard/ })).toBeVisible()
    const separatorsAlone = await page.getByRole('main').evaluate((main) => {
      const separators = [...main.querySelectorAll('span[aria-hidden="true"]')].filter(
        (span) => span.textContent?.trim() === '·'
      )
      return separators.filter((separator) => {
        const links = [...main.querySelectorAll('a')]
        const before = links.filter(
          (a) => a.compareDocumentPosition(separator) & 4 // separator follows a
        )
        const previous = before[before.length - 1]
        if (!previous) return true
        const middle = (r: { top: number; height: number }) => r.top + r.height / 2
        // a long name wraps within itself: the separator follows the name's last line
        const lines = previous.getClientRects()
        const lastLine = lines[lines.length - 1] ?? previous.getBoundingClientRect()
        return Math.abs(middle(lastLine) - middle(separator.getBoundingClientRect())) > 8
      }).length
    })
    expect.soft(separatorsAlone).toBe(0)

    // Introductions: a date is never cut
    await app.go('Mises en relation')
    const rows = page.getByRole('table', { name: 'Mises en relation' }).getByRole('row')
    await expect(rows.nth(3)).toBeVisible()
    const dates = rows.locator('[role="cell"]:nth-child(4)')
    const cut = await dates.evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent)
    )
    expect.soft(cut).toEqual([])

    // Reports: the activity's date and time are never cut
    await app.go('Rapports')
    await page.getByRole('radiogroup', { name: 'Période' }).getByText('Cette année').click()
    const activity = app.table('Interactions').getByRole('row')
    await expect(activity.nth(3)).toBeVisible()
    const cutTimes = await activity
      .locator('[role="cell"]:nth-child(1)')
      .evaluateAll((cells) =>
        cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent)
      )
    expect.soft(cutTimes).toEqual([])

    // A company page: the « Mises en relation » card keeps its button inside it
    await app.go('Entreprises')
    await page.getByRole('table').getByRole('link').first().click()
    const card = page.getByRole('region', { name: /^Mises en relation/ })
    const button = card.getByRole('button', { name: 'Nouvelle mise en relation' })
    const [cardBox, buttonBox] = [await card.boundingBox(), await button.boundingBox()]
    expect.soft(buttonBox!.x + buttonBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width)

    // Impact in English: each table heading's words fit its column (no "INTRODUCTIONSFILES")
    await app.go('Paramètres')
    await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
    await app.go('Impact')
    await page.addStyleTag({ content: '[role="columnheader"] { overflow-wrap: normal !important; }' })
    const headers = page.getByRole('columnheader')
    await expect(headers.first()).toBeVisible({ timeout: 60_000 }) // Impact computes a year of the demo
    const overflowing = await headers.evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent)
    )
    expect(overflowing).toEqual([])
  })
})
