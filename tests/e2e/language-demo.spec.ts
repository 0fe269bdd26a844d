import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('switch to English and back to French; the choice survives a reload', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await expect(app.nav().getByRole('link', { name: 'Companies' })).toBeVisible()
  await app.reload()
  await expect(app.nav().getByRole('link', { name: 'Companies' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('Français').click()
  await expect(app.nav().getByRole('link', { name: 'Entreprises' })).toBeVisible()
})

test('the demo workspace: browse companies and contacts in both languages', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Entreprises')
  const companies = app.table('Entreprises')
  await expect(companies.getByRole('row').nth(5)).toBeVisible()
  await expect(page.getByText(/sur \d+ entreprises/)).toBeVisible()

  await page.getByRole('textbox', { name: 'Filtrer les entreprises' }).fill('saguenay')
  await expect(companies.getByRole('row').nth(1)).toBeVisible()

  await app.go('Contacts')
  await page.getByRole('textbox', { name: 'Filtrer les contacts' }).fill('eloise')
  const eloise = app
    .table('Contacts')
    .getByRole('link', { name: /Éloïse/ })
    .first()
  await expect(eloise).toBeVisible()
  await eloise.click()
  await expect(page.getByRole('heading', { level: 2, name: /Éloïse/ })).toBeVisible()

  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Contacts')
  await expect(page.getByText(/of \d+ contacts/)).toBeVisible()
})
