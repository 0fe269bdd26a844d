// The introduction form's consent boxes (Law 25: ticked by the officer, never by default).
import type { Locator } from '@playwright/test'

export const CONSENT_A = /La personne présentée est d’accord|The person introduced agreed/
export const CONSENT_B = /L’autre personne est d’accord|The other person agreed/

export async function tickConsents(dialog: Locator): Promise<void> {
  await dialog.getByRole('checkbox', { name: CONSENT_A }).check()
  await dialog.getByRole('checkbox', { name: CONSENT_B }).check()
}
