import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

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
