import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

// An import then several screens: slow on a busy 2-core machine, not a speed check
test.describe.configure({ timeout: 120_000 })

const SAMPLE = join(__dirname, '../../resources/exemple-import.csv')

/** "20260305T150000Z" for a time some days before now, on a whole hour. */
function utcDaysAgo(days: number, hour: number): string {
  const at = new Date(Date.now() - days * 86_400_000)
  at.setUTCHours(hour, 0, 0, 0)
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

function event(uid: string, summary: string, days: number, attendees: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcDaysAgo(0, 0)}`,
    `DTSTART:${utcDaysAgo(days, 14)}`,
    `DTEND:${utcDaysAgo(days, 15)}`,
    `SUMMARY:${summary}`,
    'LOCATION:Saguenay',
    'ORGANIZER;CN=Julie Agent:mailto:julie.agent@banque-dev.ca',
    ...attendees.map((a) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${a}`),
    'END:VEVENT'
  ]
}

/** A Google-style calendar of three past meetings, written where the test keeps its files. */
function calendarFile(): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    ...event('a1@google.com', 'Revue du projet Aluminerie', 3, ['genevieve.bouchard@alunumfjord.ca']),
    ...event('b2@google.com', 'Dîner Boréal Données', 5, ['jf.levesque@borealdonnees.ca']),
    ...event('c3@google.com', 'Démo drones', 8, ['pilote@dronesdulac.ca']),
    'END:VCALENDAR'
  ]
  const path = test.info().outputPath('calendrier.ics')
  writeFileSync(path, lines.join('\r\n') + '\r\n')
  return path
}

async function importSampleContacts(app: RelaisApp, page: Page) {
  await app.go('Entreprises')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), SAMPLE)
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await app.dialog().getByRole('button', { name: 'Importer 8 lignes' }).click()
  await expect(page.getByText(/Importation terminée/)).toBeVisible()
}

test('meetings from a calendar file: log two, see them on the timelines, and nothing is offered twice', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await importSampleContacts(app, page)
  const file = calendarFile()

  await app.go('Rencontres à consigner')
  const importButton = page.getByRole('button', { name: 'Importer un calendrier (.ics)' })
  await app.chooseFile(importButton, file)
  await expect(page.getByText('3 rencontres à consigner ajoutées.')).toBeVisible()
  const table = app.table('Rencontres à consigner')
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('link', { name: 'Geneviève Bouchard' })).toBeVisible()
  // an unknown address is offered as a new contact
  await expect(
    table.getByRole('button', { name: 'Ajouter pilote@dronesdulac.ca aux contacts' })
  ).toBeVisible()

  // One through the quick log, filled in from the meeting
  await table.getByRole('button', { name: 'Consigner « Revue du projet Aluminerie »' }).click()
  const quickLog = page.getByRole('dialog', { name: 'Consigner une rencontre' })
  await expect(quickLog.getByRole('textbox', { name: 'Sujet' })).toHaveValue('Revue du projet Aluminerie')
  await expect(quickLog).toContainText('Geneviève Bouchard')
  await page.keyboard.press('Control+Enter')
  await expect(quickLog).toBeHidden()
  await expect(table.getByText('Revue du projet Aluminerie')).toHaveCount(0)

  // One selected and logged with the selection
  await table.getByRole('checkbox', { name: 'Choisir « Dîner Boréal Données »' }).check()
  await page.getByRole('button', { name: 'Consigner la sélection (1)' }).click()
  await expect(page.getByText('1 rencontre consignée.')).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)

  await app.go('Aujourd’hui')
  await expect(page.getByRole('link', { name: '1 rencontre à consigner' })).toBeVisible()

  await app.go('Contacts')
  await page.getByRole('link', { name: 'Geneviève Bouchard' }).click()
  await expect(
    page.getByRole('region', { name: /^Historique \(/ }).getByText('Revue du projet Aluminerie')
  ).toBeVisible()
  await app.go('Entreprises')
  await page.getByRole('link', { name: 'Boréal Données ltée' }).click()
  await expect(
    page.getByRole('region', { name: /^Historique \(/ }).getByText('Dîner Boréal Données')
  ).toBeVisible()

  // The last one ignored; the same file again offers nothing
  await app.go('Rencontres à consigner')
  await page.getByRole('button', { name: 'Ignorer « Démo drones »' }).click()
  await expect(page.getByText(/Aucune rencontre à consigner\./)).toBeVisible()
  await app.chooseFile(importButton, file)
  await expect(page.getByText('Aucune nouvelle rencontre à consigner dans ce fichier.')).toBeVisible()
  await expect(page.getByText(/Aucune rencontre à consigner\./)).toBeVisible()
})

/** Drops files on the page the way a file manager does. */
async function dropFiles(page: Page, files: { name: string; content: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    // runs in the page, which has the DOM types this Node-side file is compiled without
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } }
      File: new (parts: string[], name: string) => unknown
    }
    const transfer = new dom.DataTransfer()
    for (const f of list) transfer.items.add(new dom.File([f.content], f.name))
    return transfer
  }, files)
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer })
}

const MESSAGE = [
  'From: =?UTF-8?Q?Genevi=C3=A8ve_Bouchard?= <genevieve.bouchard@alunumfjord.ca>',
  'To: Julie Agent <julie.agent@banque-dev.ca>',
  'Subject: =?UTF-8?Q?Plan_de_projet_r=C3=A9vis=C3=A9?=',
  'Date: Tue, 3 Mar 2026 10:15:00 -0500',
  'Message-ID: <plan-revise-2026@alunumfjord.ca>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Bonjour Julie, voici le plan révisé.',
  '',
  '-- ',
  'Geneviève'
].join('\r\n')

test('an e-mail dropped on a contact becomes an e-mail on their timeline, once', async ({ page }) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await importSampleContacts(app, page)
  await app.go('Contacts')
  await page.getByRole('link', { name: 'Mathieu Côté' }).click()
  await expect(page.getByRole('heading', { name: 'Mathieu Côté' })).toBeVisible()

  // From Geneviève, dropped on Mathieu's page: logged with both
  await dropFiles(page, [{ name: 'plan.eml', content: MESSAGE }])
  const review = page.getByRole('dialog', { name: '1 courriel à consigner' })
  await expect(review.getByText('Plan de projet révisé')).toBeVisible()
  await review.getByRole('button', { name: 'Consigner 1 courriel' }).click()
  await expect(page.getByText('1 courriel consigné.')).toBeVisible()
  const timeline = page.getByRole('region', { name: /^Historique \(/ })
  await expect(timeline.getByText('Plan de projet révisé')).toBeVisible()

  // The same message again is recognised
  await dropFiles(page, [{ name: 'plan-copie.eml', content: MESSAGE }])
  await expect(review.getByText('Déjà consigné')).toBeVisible()
  await expect(review.getByRole('button', { name: 'Aucun courriel à consigner' })).toBeDisabled()
  await review.getByRole('button', { name: 'Annuler' }).click()

  await app.go('Contacts')
  await page.getByRole('link', { name: 'Geneviève Bouchard' }).click()
  await expect(
    page.getByRole('region', { name: /^Historique \(/ }).getByText('Plan de projet révisé')
  ).toBeVisible()
})

const CARDS = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:B=C3=A9dard;Fran=C3=A7ois',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fran=C3=A7ois B=C3=A9dard',
  'ORG:Acier Mauricie inc.',
  'TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Vice-pr=C3=A9sident',
  'TEL;WORK;VOICE:(819) 555-0142',
  'EMAIL;PREF;INTERNET:fbedard@acier-mauricie.ca',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Benali;Karim;;;',
  'FN:Karim Benali',
  'ORG:Hydrogène Boréal',
  'EMAIL;TYPE=INTERNET:karim.benali@hydrogene-boreal.com',
  'END:VCARD',
  ''
].join('\r\n')

test('contact cards: import a .vcf, export a contact as vCard 4.0, and the export reads back as the same person', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  const cards = test.info().outputPath('cartes.vcf')
  writeFileSync(cards, CARDS)
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), cards)
  await expect(app.dialog().getByText('Cartes de contact (vCard)')).toBeVisible()
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await app.dialog().getByRole('button', { name: 'Importer 2 lignes' }).click()
  await expect(page.getByText(/Importation terminée\s: 2 entreprise\(s\) et 2 contact\(s\)/)).toBeVisible()

  await page.getByRole('link', { name: 'François Bédard' }).click()
  await expect(page.getByRole('main').getByRole('link', { name: 'Acier Mauricie inc.' })).toBeVisible()
  const exported = await app.download(page.getByRole('button', { name: 'Exporter en vCard (.vcf)' }))
  expect(exported.name).toBe('François Bédard.vcf')
  const text = readFileSync(exported.path, 'utf8')
  expect(text).toContain('VERSION:4.0\r\n')
  expect(text).toContain('FN:François Bédard\r\n')
  expect(text).toContain('N:Bédard;François;;;\r\n')
  expect(text).toContain('ORG:Acier Mauricie inc.\r\n')
  expect(text).toContain('TITLE:Vice-président\r\n')
  expect(text).toContain('EMAIL;TYPE=work:fbedard@acier-mauricie.ca\r\n')

  // The exported card imported again is the same person: a duplicate, nothing to import
  await app.go('Contacts')
  await page.getByRole('button', { name: 'Importer' }).first().click()
  await app.chooseFile(app.dialog().getByRole('button', { name: 'Choisir un fichier' }), exported.path)
  await app.dialog().getByRole('button', { name: 'Continuer' }).click()
  await expect(app.dialog().getByRole('table', { name: 'Doublons possibles' })).toBeVisible()
  await expect(app.dialog().getByRole('button', { name: 'Rien à importer' })).toBeDisabled()
})
