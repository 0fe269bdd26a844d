import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

test('two tabs edit the same company: the later save is refused, shows what changed, and reapplies', async ({
  page,
  context
}) => {
  // Two pages of one browser: the one in the background gets no animation frames (Mantine's modal
  // transitions wait for them), so each is brought to the front before it is used
  test.setTimeout(120_000)
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies')
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  const heading = (p: typeof page, name: string) => p.getByRole('heading', { level: 2, name })
  await expect(heading(page, 'Nordik Technologies')).toBeVisible()

  const other = await context.newPage()
  await other.goto(page.url())
  await expect(heading(other, 'Nordik Technologies')).toBeVisible()

  // Both tabs open the form; the second tab saves a city first
  const edit = (p: typeof page) => p.getByRole('dialog', { name: 'Modifier l’entreprise' })
  await page.bringToFront()
  await page.getByRole('button', { name: 'Modifier', exact: true }).click()
  await expect(edit(page)).toBeVisible()
  await other.bringToFront()
  await other.getByRole('button', { name: 'Modifier', exact: true }).click()
  await edit(other).getByLabel('Ville').fill('Alma')
  await edit(other).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit(other)).toBeHidden()

  // The first tab's save would have wiped the city: refused, with what changed
  await page.bringToFront()
  await edit(page).getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies inc.')
  await edit(page).getByRole('button', { name: 'Enregistrer' }).click()
  const notice = edit(page)
    .getByRole('alert')
    .filter({ hasText: 'Cette entreprise a changé pendant que vous la modifiiez' })
  await expect(notice).toBeVisible()
  await expect(notice.getByText('Ville : (vide) → « Alma »')).toBeVisible()

  await notice.getByRole('button', { name: 'Réappliquer mes modifications' }).click()
  await expect(edit(page).getByLabel('Ville')).toHaveValue('Alma')
  await expect(edit(page).getByLabel('Nom', { exact: false }).first()).toHaveValue('Nordik Technologies inc.')
  await edit(page).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit(page)).toBeHidden()
  await expect(heading(page, 'Nordik Technologies inc.')).toBeVisible()
  await expect(page.getByRole('main').getByText('Alma')).toBeVisible()
})

test('two tabs edit the same contact: the later save is refused, shows what changed, and reloads', async ({
  page,
  context
}) => {
  test.setTimeout(120_000)
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click()
  await app.dialog().getByLabel('Prénom').fill('Noémie')
  await app.dialog().getByLabel('Nom de famille').fill('Gagnon')
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  // A new contact opens on its own page
  const heading = (p: typeof page, name: string) => p.getByRole('heading', { level: 2, name })
  await expect(heading(page, 'Noémie Gagnon')).toBeVisible()

  const other = await context.newPage()
  await other.goto(page.url())
  await expect(heading(other, 'Noémie Gagnon')).toBeVisible()

  // Both tabs open the form; the second tab saves a job title first
  const edit = (p: typeof page) => p.getByRole('dialog', { name: 'Modifier le contact' })
  await page.bringToFront()
  await page.getByRole('button', { name: 'Modifier', exact: true }).click()
  await expect(edit(page)).toBeVisible()
  await other.bringToFront()
  await other.getByRole('button', { name: 'Modifier', exact: true }).click()
  await edit(other).getByLabel('Fonction').fill('Directrice des finances')
  await edit(other).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit(other)).toBeHidden()

  // The first tab's save would have wiped the job title: refused, with what changed
  await page.bringToFront()
  await edit(page).getByLabel('Téléphone').fill('418 555-0101')
  await edit(page).getByRole('button', { name: 'Enregistrer' }).click()
  const notice = edit(page)
    .getByRole('alert')
    .filter({ hasText: 'Ce contact a changé pendant que vous le modifiiez' })
  await expect(notice).toBeVisible()
  await expect(notice.getByText('Fonction : (vide) → « Directrice des finances »')).toBeVisible()

  // Reload: the stored contact, without this tab's phone
  await notice.getByRole('button', { name: 'Recharger le contact' }).click()
  await expect(edit(page).getByLabel('Fonction')).toHaveValue('Directrice des finances')
  await expect(edit(page).getByLabel('Téléphone')).toHaveValue('')
  await edit(page).getByLabel('Téléphone').fill('418 555-0101')
  await edit(page).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit(page)).toBeHidden()
  await expect(page.getByRole('main').getByText('Directrice des finances').first()).toBeVisible()
  await expect(page.getByRole('main').getByText('418 555-0101')).toBeVisible()
})
