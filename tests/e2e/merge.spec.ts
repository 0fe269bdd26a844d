import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

async function companyWithContact(app: RelaisApp, page: Page, name: string, person: string, twin = false) {
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app.dialog().getByLabel('Nom', { exact: false }).first().fill(name)
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  // the second of a pair is asked about first (« … existe déjà : utiliser cette fiche ? »)
  if (twin) await app.dialog().getByRole('button', { name: 'Créer quand même' }).click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  await page.getByRole('button', { name: 'Nouveau contact' }).click()
  await app.dialog().getByLabel('Prénom').fill(person)
  await app.dialog().getByRole('button', { name: 'Créer le contact' }).click()
  await expect(page.getByRole('link', { name: person })).toBeVisible()
}

test('merge two companies from « Doublons possibles », find both people on the kept one, undo with Ctrl+Z', async ({
  page
}) => {
  test.slow() // two companies, two people, a question, a merge and its undo: over a minute when busy
  const app = new RelaisApp(page)
  await app.start('empty')
  await companyWithContact(app, page, 'Boréal Métal inc.', 'Noémie')
  await companyWithContact(app, page, 'BOREAL METAL', 'Marc', true)

  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Doublons possibles' }).click()
  const pair = page.getByRole('region', {
    name: /^(Boréal Métal inc\. et BOREAL METAL|BOREAL METAL et Boréal Métal inc\.)$/
  })
  await expect(pair.getByText('Même nom')).toBeVisible()
  // The first of the pair is kept: the one created first, as a rule, but tell it from the page
  const [kept, other] = (await pair.getAttribute('aria-label'))!.split(' et ')
  const personOf = (company: string) => (company === 'BOREAL METAL' ? 'Marc' : 'Noémie')
  await pair.getByRole('button', { name: 'Fusionner' }).click()
  await app.dialog().getByRole('button', { name: 'Fusionner' }).click()
  await expect(page.getByText(`« ${other} » a été fusionné.`)).toBeVisible()
  await expect(page.getByText('Aucun doublon possible.')).toBeVisible()

  await app.go('Entreprises')
  await expect(app.table('Entreprises').getByRole('link', { name: other, exact: true })).toBeHidden()
  await app.table('Entreprises').getByRole('link', { name: kept, exact: true }).click()
  await expect(page.getByRole('link', { name: 'Noémie' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Marc' })).toBeVisible()

  await page.keyboard.press('Control+z')
  await expect(page.getByRole('link', { name: personOf(other) })).toBeHidden()
  await app.go('Entreprises')
  await app.table('Entreprises').getByRole('link', { name: other, exact: true }).click()
  await expect(page.getByRole('link', { name: personOf(other) })).toBeVisible()
})
