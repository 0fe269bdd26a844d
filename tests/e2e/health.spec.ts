import { expect, test, type Page } from '@playwright/test'
import { FollowUpPages } from './page-models/FollowUpPages'
import { RelaisApp } from './page-models/RelaisApp'

const NOW = new Date('2026-03-03T14:30:00Z')

async function startDemo(page: Page) {
  await page.clock.setFixedTime(NOW)
  const app = new RelaisApp(page)
  await app.start('demo')
  return { app, pages: new FollowUpPages(page) }
}

test('a key account past its stay-in-touch cadence shows on Today until the cadence allows more time', async ({
  page
}) => {
  const { app, pages } = await startDemo(page)
  const revive = pages.section(/^Relations? à raviver \(/)
  const electroNord = revive.getByRole('listitem').filter({ hasText: 'Électro-Nord Composants ltée' })
  await expect(electroNord).toContainText('Compte clé : un contact aux 30 jours')
  await expect(electroNord).toContainText(/Dernier contact il y a 1\d\d jours/)

  await app.go('Paramètres')
  const keyAccounts = page.getByRole('textbox', { name: 'Rythme de contact : Compte clé' })
  await keyAccounts.fill('200')
  await keyAccounts.blur()
  await app.go('Aujourd’hui')
  await expect(revive.getByRole('link', { name: 'Électro-Nord Composants ltée' })).toHaveCount(0)
})

test('a red flag shows on Today with its reason; a new flag raised on a company page joins it', async ({
  page
}) => {
  const { pages } = await startDemo(page)
  const flagged = pages.section(/^Risques? signalés? \(/)
  const pixel = flagged.getByRole('listitem').filter({ hasText: 'Studio Pixel Boréal' })
  await expect(pixel).toContainText('Risque élevé')
  await expect(pixel).toContainText('Deux versements du prêt à terme en retard')
  await expect(flagged).toContainText('Risques signalés (2)')

  await pages.openCompany('Borealis IA inc.')
  await expect(page.getByText(/^Relation (solide|stable|qui s’étiole|froide)$/)).toBeVisible()
  const risk = pages.section(/^Risque$/)
  await expect(risk).toContainText('Aucun risque signalé.')
  await risk.getByRole('button', { name: 'Signaler un risque' }).click()
  const dialog = page.getByRole('dialog', { name: 'Signaler un risque' })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog.getByText('Indiquez la raison du signalement.')).toBeVisible()
  await dialog.getByText('Risque élevé').click()
  await dialog.getByRole('textbox', { name: 'Raison' }).fill('Le client principal a annulé sa commande 🚨')
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  await expect(risk).toContainText('Le client principal a annulé sa commande 🚨')

  await page.getByRole('navigation').getByRole('link', { name: 'Aujourd’hui' }).click()
  await expect(flagged).toContainText('Risques signalés (3)')
  const borealis = flagged.getByRole('listitem').filter({ hasText: 'Borealis IA inc.' })
  await expect(borealis).toContainText('Le client principal a annulé sa commande 🚨')
})
