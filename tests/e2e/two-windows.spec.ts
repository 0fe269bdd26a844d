import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

type Page = Parameters<Parameters<typeof test>[2]>[0]['page']

/**
 * The record on screen opened in a second tab; both tabs open its form, and the second one saves
 * `change` first. Pages in the background get no animation frames (Mantine's modal transitions wait
 * for them), so each is brought to the front before it is used. Returns the first tab's form.
 */
async function editInTwoTabs(
  page: Page,
  recordName: string,
  formName: string,
  change: (form: ReturnType<Page['getByRole']>) => Promise<void>
) {
  const heading = (p: Page) => p.getByRole('heading', { level: 2, name: recordName })
  await expect(heading(page)).toBeVisible()
  const other = await page.context().newPage()
  await other.goto(page.url())
  await expect(heading(other)).toBeVisible()
  const edit = (p: Page) => p.getByRole('dialog', { name: formName })
  await page.bringToFront()
  await page.getByRole('button', { name: 'Modifier', exact: true }).click()
  await expect(edit(page)).toBeVisible()
  await other.bringToFront()
  await other.getByRole('button', { name: 'Modifier', exact: true }).click()
  await change(edit(other))
  await edit(other).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit(other)).toBeHidden()
  await page.bringToFront()
  return { form: edit(page) }
}

test('two tabs edit the same company: the later save is refused, shows what changed, and reapplies', async ({
  page
}) => {
  test.setTimeout(120_000)
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies')
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  // Both tabs open the form; the second tab saves a city first
  const { form } = await editInTwoTabs(page, 'Nordik Technologies', 'Modifier l’entreprise', (other) =>
    other.getByLabel('Ville').fill('Alma')
  )
  const heading = (p: typeof page, name: string) => p.getByRole('heading', { level: 2, name })

  // The first tab's save would have wiped the city: refused, with what changed
  await form.getByLabel('Nom', { exact: false }).first().fill('Nordik Technologies inc.')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  const notice = form
    .getByRole('alert')
    .filter({ hasText: 'Cette entreprise a changé pendant que vous la modifiiez' })
  await expect(notice).toBeVisible()
  await expect(notice.getByText('Ville : (vide) → « Alma »')).toBeVisible()

  await notice.getByRole('button', { name: 'Réappliquer mes modifications' }).click()
  await expect(form.getByLabel('Ville')).toHaveValue('Alma')
  await expect(form.getByLabel('Nom', { exact: false }).first()).toHaveValue('Nordik Technologies inc.')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form).toBeHidden()
  await expect(heading(page, 'Nordik Technologies inc.')).toBeVisible()
  await expect(page.getByRole('main').getByText('Alma')).toBeVisible()
})

test('two tabs edit the same contact: the later save is refused, shows what changed, and reloads', async ({
  page
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
  // Both tabs open the form; the second tab saves a job title first
  const { form } = await editInTwoTabs(page, 'Noémie Gagnon', 'Modifier le contact', (other) =>
    other.getByLabel('Fonction').fill('Directrice des finances')
  )

  // The first tab's save would have wiped the job title: refused, with what changed
  await form.getByLabel('Téléphone').fill('418 555-0101')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  const notice = form
    .getByRole('alert')
    .filter({ hasText: 'Ce contact a changé pendant que vous le modifiiez' })
  await expect(notice).toBeVisible()
  await expect(notice.getByText('Fonction : (vide) → « Directrice des finances »')).toBeVisible()

  // Reload: the stored contact, without this tab's phone
  await notice.getByRole('button', { name: 'Recharger le contact' }).click()
  await expect(form.getByLabel('Fonction')).toHaveValue('Directrice des finances')
  await expect(form.getByLabel('Téléphone')).toHaveValue('')
  await form.getByLabel('Téléphone').fill('418 555-0101')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('main').getByText('Directrice des finances').first()).toBeVisible()
  await expect(page.getByRole('main').getByText('418 555-0101')).toBeVisible()
})
