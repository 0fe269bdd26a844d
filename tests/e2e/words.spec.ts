// Words and numbers by the app's language, not the browser's: a French app in an English (en-US)
// browser writes times in 24 h; the same app in English writes them in 12 h.
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test.use({ locale: 'en-US' })

test('a French app in an English browser shows and reads times in 24 h', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Settings')
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('Français').click()

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

test('an English app shows and reads times in 12 h', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
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
