import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { buildMsg } from '../fixtures/capture/outlook-msg'
import { RelaisApp } from './page-models/RelaisApp'

// An import then several screens: slow on a busy 2-core machine, not a speed check
test.describe.configure({ timeout: 120_000 })

const SAMPLE = join(__dirname, '../../resources/exemple-import.csv')

/** Drops binary files on the page the way a file manager does. */
async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } }
        File: new (parts: Uint8Array[], name: string) => unknown
      }
      const transfer = new dom.DataTransfer()
      for (const f of list) transfer.items.add(new dom.File([new Uint8Array(f.bytes)], f.name))
      return transfer
    },
    files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) }))
  )
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer })
}

// Received through Exchange (the sender's X500 address, her SMTP one kept too), saved as a
// non-Unicode .msg: its strings go through the Windows-1252 decoder, which must load in the browser
const OUTLOOK_MESSAGE = buildMsg({
  ansi: true,
  subject: 'Échéancier du projet Aluminerie',
  submitTime: '2026-03-03T15:15:00Z',
  internetMessageId: '<YT3PR01MB0042@YT3PR01MB0042.CANPRD01.PROD.OUTLOOK.COM>',
  senderName: 'Geneviève Bouchard',
  senderAddressType: 'EX',
  senderEmail:
    '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=gbouchard',
  senderSmtpAddress: 'genevieve.bouchard@alunumfjord.ca',
  body: 'Bonjour Julie,\r\n\r\nVoici l’échéancier révisé.\r\n\r\nGeneviève',
  recipients: [
    {
      type: 1,
      displayName: 'Julie Agent',
      addressType: 'SMTP',
      emailAddress: 'julie.agent@banque-dev.ca'
    }
  ],
  attachments: [{ longFileName: 'Échéancier.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4]) }]
})

test('an Outlook .msg dropped on a contact becomes an e-mail on the timelines, once; a bad .msg changes nothing', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), SAMPLE)
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await app.dialog().getByRole('button', { name: 'Importer 8 lignes' }).click()
  await expect(page.getByText(/Importation terminée/)).toBeVisible()
  await app.go('Contacts')
  await page.getByRole('link', { name: 'Mathieu Côté' }).click()
  await expect(page.getByRole('heading', { name: 'Mathieu Côté' })).toBeVisible()

  // A picture renamed .msg: the translated message, no review list
  await dropFiles(page, [
    { name: 'photo.msg', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }
  ])
  await expect(
    page.getByText('Ce fichier n’est pas un courriel lisible (.eml ou .msg d’Outlook).')
  ).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await dropFiles(page, [{ name: 'Échéancier du projet.msg', bytes: OUTLOOK_MESSAGE }])
  const review = page.getByRole('dialog', { name: '1 courriel à consigner' })
  await expect(review.getByText('Échéancier du projet Aluminerie')).toBeVisible()
  await expect(review.getByText('Échéancier.xlsx')).toBeVisible()
  await review.getByRole('button', { name: 'Consigner 1 courriel' }).click()
  await expect(page.getByText('1 courriel consigné.')).toBeVisible()
  await expect(
    page.getByRole('region', { name: /^Historique \(/ }).getByText('Échéancier du projet Aluminerie')
  ).toBeVisible()

  // The same message again is recognised by its Message-ID
  await dropFiles(page, [{ name: 'copie.msg', bytes: OUTLOOK_MESSAGE }])
  await expect(review.getByText('Déjà consigné')).toBeVisible()
  await review.getByRole('button', { name: 'Annuler' }).click()

  // The sender, matched by her SMTP address, has it on her timeline too
  await app.go('Contacts')
  await page.getByRole('link', { name: 'Geneviève Bouchard' }).click()
  await expect(
    page.getByRole('region', { name: /^Historique \(/ }).getByText('Échéancier du projet Aluminerie')
  ).toBeVisible()
})
