// Law 25, s. 3.1: the person in charge of personal information, named in Settings and shown at
// the head of the register; kept across a reload.
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('name the person in charge of personal information and see them in the register', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Paramètres')
  const section = page.getByRole('region', {
    name: 'Personne responsable de la protection des renseignements personnels'
  })
  await expect(
    page.getByText('Personne responsable\u00a0: non désignée (à indiquer ci-dessous).')
  ).toBeVisible()

  await section.getByRole('textbox', { name: 'Fonction' }).fill('directrice générale')
  await section.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(section.getByText('Ce champ est obligatoire.')).toHaveCount(2)

  await section.getByRole('textbox', { name: 'Nom' }).fill('Marie Tremblay')
  await section.getByRole('textbox', { name: 'Coordonnées' }).fill('rprp@nordik.ca')
  await section.getByRole('button', { name: 'Enregistrer' }).click()
  const line = 'Personne responsable\u00a0: Marie Tremblay, directrice générale — rprp@nordik.ca'
  await expect(page.getByText(line)).toBeVisible()

  await app.reload()
  await app.go('Paramètres')
  await expect(page.getByText(line)).toBeVisible()
  await expect(section.getByRole('textbox', { name: 'Nom' })).toHaveValue('Marie Tremblay')
})
