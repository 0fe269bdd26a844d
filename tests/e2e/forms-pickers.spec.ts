// Pickers keep what Enter picks, dialogs open calm, and an introduction's consent is affirmed.
import { expect, test } from '@playwright/test'
import { startDemoAt } from './page-models/FollowUpPages'
import { CONSENT_A, CONSENT_B } from './page-models/IntroductionForm'

test('a new financing file opens calm; Enter picks the company and a partner of any kind, and submits nothing', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Financements')
  await page.getByRole('button', { name: 'Nouveau dossier' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Nouveau dossier de financement' })
  const company = dialog.getByRole('combobox', { name: 'Entreprise' })
  await expect(company).toBeFocused()
  await expect(page.getByRole('listbox')).toHaveCount(0)

  await company.pressSequentially('fjordtek') // a typo, forgiven
  await expect(page.getByRole('option').first()).toHaveText(/Logiciels Fjordtech inc\./)
  await company.press('Enter')
  await expect(company).toHaveValue(/Logiciels Fjordtech inc\./)

  // a company (not an association or a fund) can co-finance too
  const partners = dialog.getByRole('combobox', { name: 'Partenaires de cofinancement' })
  await partners.pressSequentially('electro nord')
  await expect(page.getByRole('option', { name: 'Électro-Nord Composants ltée' })).toBeVisible()
  await partners.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Électro-Nord Composants ltée')).toBeVisible()
  await expect(dialog.getByText('Le titre est obligatoire', { exact: false })).toHaveCount(0)

  // nothing matches: the one choice offered is to create it; Escape closes the list, not the form
  await partners.pressSequentially('zzzz')
  await expect(page.getByRole('option')).toHaveText(['Créer «\u00a0zzzz\u00a0»'])
  await partners.press('Escape')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Le titre est obligatoire', { exact: false })).toHaveCount(0)
})

test('an introduction opens calm with both consents unticked; « faite » without them asks for them', async ({
  page
}) => {
  const { app } = await startDemoAt(page)
  await app.go('Mises en relation')
  await page.getByRole('button', { name: 'Nouvelle mise en relation' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Nouvelle mise en relation' })
  await expect(dialog.getByRole('combobox', { name: 'Personne présentée' })).toBeFocused()
  await expect(page.getByRole('listbox')).toHaveCount(0)
  await expect(dialog.getByRole('checkbox', { name: CONSENT_A })).not.toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: CONSENT_B })).not.toBeChecked()

  // Enter picks the only (or first) match of each person
  await page.keyboard.type('genevieve bouch')
  await page.keyboard.press('Enter')
  await dialog.getByRole('combobox', { name: 'À qui' }).pressSequentially('remi harvey')
  await dialog.getByRole('combobox', { name: 'À qui' }).press('Enter')
  await expect(dialog.getByRole('combobox', { name: 'Personne présentée' })).toHaveValue(/Geneviève Bouchard/)
  await expect(dialog.getByRole('combobox', { name: 'À qui' })).toHaveValue(/Rémi Harvey/)

  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  const ask = 'Cochez ce consentement : une mise en relation faite exige l’accord des deux personnes.'
  await expect(dialog.getByText(ask)).toHaveCount(2)
  await dialog.getByRole('checkbox', { name: CONSENT_A }).check()
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog.getByText(ask)).toHaveCount(1)
  await dialog.getByRole('checkbox', { name: CONSENT_B }).check()
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(dialog).toBeHidden()
})
