import { expect, test } from '@playwright/test'
import { startDemoAt, type FollowUpPages } from './page-models/FollowUpPages'

test('a key account past its stay-in-touch cadence shows on Today until the cadence allows more time', async ({
  page
}) => {
  const { app, pages } = await startDemoAt(page)
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

test('a red flag shows on Today with its reason and date; a new flag raised on a company page joins it', async ({
  page
}) => {
  const { app, pages } = await startDemoAt(page)
  const flagged = pages.section(/^Risques? signalés? \(/)
  const pixel = flagged.getByRole('listitem').filter({ hasText: 'Studio Pixel Boréal' })
  await expect(pixel).toContainText('Risque élevé')
  await expect(pixel).toContainText('Deux versements du prêt à terme en retard')
  await expect(pixel).toContainText('depuis le 13 février 2026') // flagged 18 days before 3 March
  await expect(flagged).toContainText('Risques signalés (2)')

  await pages.openOrganization('Borealis IA inc.')
  // At 3 March: last contact a call on 6 February (25 days), four interactions since 3 December
  // with four people: strong (30 days at most and 3+ in 90 days)
  await expect(page.getByText('Relation solide', { exact: true })).toBeVisible()
  await expect(page.getByText('4 interactions en 90 jours', { exact: true })).toBeVisible()
  const risk = pages.section(/^Risque$/)
  await expect(risk).toContainText('Aucun risque signalé.')
  await risk.getByRole('button', { name: 'Signaler un risque' }).click()
  const dialog = page.getByRole('dialog', { name: 'Signaler un risque' })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog.getByText('Indiquez la raison du signalement.')).toBeVisible()
  await dialog.getByText('Risque élevé').click()
  await dialog.getByRole('textbox', { name: 'Raison' }).fill('Le client principal a annulé sa commande 🚨')
  // The flag's date is today unless the officer says otherwise
  const since = dialog.getByRole('textbox', { name: 'Depuis le' })
  await expect(since).toHaveValue('3 mars 2026')
  await since.click()
  await page.getByRole('button', { name: '1 mars 2026', exact: true }).click()
  await expect(since).toHaveValue('1er mars 2026')
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
  await expect(risk).toContainText('Le client principal a annulé sa commande 🚨')

  await page.getByRole('navigation').getByRole('link', { name: 'Aujourd’hui' }).click()
  await expect(flagged).toContainText('Risques signalés (3)')
  const borealis = flagged.getByRole('listitem').filter({ hasText: 'Borealis IA inc.' })
  await expect(borealis).toContainText('Le client principal a annulé sa commande 🚨')
  await expect(borealis).toContainText('depuis le 1er mars 2026')

  await app.go('Paramètres')
  await page.getByRole('radiogroup', { name: 'Langue de l’interface' }).getByText('English').click()
  await app.go('Today')
  const inEnglish = pages.section(/^Flagged risks? \(/).getByRole('listitem')
  await expect(inEnglish.filter({ hasText: 'Borealis IA inc.' })).toContainText('since March 1, 2026')
  await expect(inEnglish.filter({ hasText: 'Studio Pixel Boréal' })).toContainText('since February 13, 2026')
})

/** A meeting logged now with the quick log, from the company's page (which presets the company). */
async function logMeeting(pages: FollowUpPages, company: string) {
  const dialog = pages.page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await pages.openQuickLog()
  await expect(dialog).toContainText(company)
  await pages.page.keyboard.press('Control+Enter')
  await expect(dialog).toBeHidden()
}

test('a cold company warms up as meetings are logged with it: one is steady, three are strong', async ({
  page
}) => {
  const { pages } = await startDemoAt(page)
  const company = 'Atelier numérique La Baie'
  await pages.openOrganization(company)
  const badge = (text: string) => page.getByRole('main').getByText(text, { exact: true })
  // Its last meeting was on 18 July 2025, 228 days before 3 March 2026: more than 180 days
  await expect(badge('Relation froide')).toBeVisible()
  await expect(badge('Aucun contact depuis 228 jours')).toBeVisible()

  await logMeeting(pages, company)
  await expect(badge('Relation stable')).toBeVisible()
  await expect(badge('Une interaction en 90 jours')).toBeVisible()

  await logMeeting(pages, company)
  await expect(badge('2 interactions en 90 jours')).toBeVisible()
  await expect(badge('Relation stable')).toBeVisible() // two with nobody named: not yet strong
  await logMeeting(pages, company)
  await expect(badge('Relation solide')).toBeVisible()
  await expect(badge('3 interactions en 90 jours')).toBeVisible()
})
