import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

/** The demo workspace, its backup downloaded from Settings. */
async function demoWithBackup(page: Page): Promise<{ app: RelaisApp; backup: Buffer }> {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Paramètres')
  const file = await app.download(page.getByRole('button', { name: 'Exporter une sauvegarde' }))
  expect(file.name).toMatch(/^relais-sauvegarde-.*\.json$/)
  return { app, backup: await readFile(file.path) }
}

const restoreButton = (page: Page) => page.getByRole('button', { name: 'Restaurer à partir d’un fichier' })

test('export a backup, change the data, restore the backup, and undo the restore', async ({ page }) => {
  const { app, backup } = await demoWithBackup(page)
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Nouvelle entreprise' }).first().click()
  await app
    .dialog()
    .getByLabel('Nom', { exact: false })
    .first()
    .fill('Entreprise ajoutée après la sauvegarde')
  await app.dialog().getByRole('button', { name: 'Créer l’entreprise' }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Entreprise ajoutée après la sauvegarde' })
  ).toBeVisible()

  await app.go('Paramètres')
  await app.chooseFile(restoreButton(page), {
    name: 'sauvegarde.json',
    mimeType: 'application/json',
    buffer: backup
  })
  const confirm = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' })
  await expect(confirm.getByText('Entreprises : 30')).toBeVisible()
  await confirm.getByRole('button', { name: 'Remplacer mes données' }).click()
  await expect(page.getByText('Sauvegarde restaurée.')).toBeVisible()

  await app.go('Entreprises')
  await expect(page.getByText('30 sur 30 entreprises')).toBeVisible()

  // Ctrl+Z undoes the restore like any other reversible action
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Vos données d’avant la restauration sont revenues.')).toBeVisible()
  await expect(page.getByText('31 sur 31 entreprises')).toBeVisible()
})

test('a damaged backup is refused with a clear message and the data stays as it was', async ({ page }) => {
  const { app, backup } = await demoWithBackup(page)
  const truncated = backup.subarray(0, backup.length / 2)
  await app.chooseFile(restoreButton(page), {
    name: 'tronquee.json',
    mimeType: 'application/json',
    buffer: truncated
  })
  await expect(page.getByText('Ce fichier est incomplet ou abîmé', { exact: false })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await app.go('Entreprises')
  await expect(page.getByText('30 sur 30 entreprises')).toBeVisible()
})

test('an encrypted backup opens only with its passphrase; a wrong one changes nothing', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('demo')
  await app.go('Paramètres')
  await page.getByRole('button', { name: 'Sauvegarde chiffrée…' }).click()
  const choose = page.getByRole('dialog', { name: 'Sauvegarde chiffrée' })
  await choose.getByLabel('Phrase de passe', { exact: true }).fill('court')
  await choose.getByRole('button', { name: 'Chiffrer et enregistrer' }).click()
  await expect(choose.getByText('Au moins 8 caractères.')).toBeVisible()
  await choose.getByLabel('Phrase de passe', { exact: true }).fill('bleuets du Lac 2026')
  await choose.getByLabel('Phrase de passe, encore une fois').fill('bleuets du Lac 2026')
  const file = await app.download(choose.getByRole('button', { name: 'Chiffrer et enregistrer' }))
  expect(file.name).toMatch(/^relais-sauvegarde-.*-chiffree\.json$/)
  const sealed = await readFile(file.path)
  expect(sealed.toString()).not.toContain('Fjordtech')

  await app.chooseFile(restoreButton(page), {
    name: 'chiffree.json',
    mimeType: 'application/json',
    buffer: sealed
  })
  const unlock = page.getByRole('dialog', { name: 'Sauvegarde chiffrée' })
  await unlock.getByLabel('Phrase de passe').fill('bleuets du lac 2026')
  await unlock.getByRole('button', { name: 'Déverrouiller' }).click()
  await expect(
    page.getByText('Cette phrase de passe n’ouvre pas la sauvegarde', { exact: false })
  ).toBeVisible()
  await unlock.getByLabel('Phrase de passe').fill('bleuets du Lac 2026')
  await unlock.getByRole('button', { name: 'Déverrouiller' }).click()
  const confirm = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' })
  await expect(confirm.getByText('Entreprises : 30')).toBeVisible()
})
