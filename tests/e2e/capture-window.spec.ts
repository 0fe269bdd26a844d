import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { RelaisApp } from './page-models/RelaisApp'

// An import then several screens: slow on a busy 2-core machine, not a speed check
test.describe.configure({ timeout: 120_000 })

/** "20260305T150000Z" for 14:00 UTC some days before now. */
function utcDaysAgo(days: number): string {
  const at = new Date(Date.now() - days * 86_400_000)
  at.setUTCHours(14, 0, 0, 0)
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** Three past meetings: 3, 20 and 60 days ago. */
function calendarFile(): string {
  const event = (uid: string, summary: string, days: number) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcDaysAgo(0)}`,
    `DTSTART:${utcDaysAgo(days)}`,
    'DURATION:PT1H',
    `SUMMARY:${summary}`,
    'ORGANIZER;CN=Julie Agent:mailto:julie.agent@banque-dev.ca',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:pilote@dronesdulac.ca',
    'END:VEVENT'
  ]
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    ...event('w3@google.com', 'Démo drones', 3),
    ...event('w20@google.com', 'Visite Roberval', 20),
    ...event('w60@google.com', 'Salon de l’aérospatiale', 60),
    'END:VCALENDAR'
  ]
  const path = test.info().outputPath('calendrier.ics')
  writeFileSync(path, lines.join('\r\n') + '\r\n')
  return path
}

test('the period chosen on « Rencontres à consigner » applies to meetings already imported, and Today counts the same', async ({
  page
}) => {
  const app = new RelaisApp(page)
  await app.start('empty')
  await app.go('Rencontres à consigner')
  await app.chooseFile(page.getByRole('button', { name: 'Importer un calendrier (.ics)' }), calendarFile())
  // 30 days by default: two of the three
  await expect(page.getByText('2 rencontres à consigner ajoutées.')).toBeVisible()
  const table = app.table('Rencontres à consigner')
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByText('Salon de l’aérospatiale')).toHaveCount(0)

  const period = page.getByRole('combobox', { name: 'Période' })
  await period.click()
  await page.getByRole('option', { name: '90 derniers jours' }).click()
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByText('Salon de l’aérospatiale')).toBeVisible()
  await app.go('Aujourd’hui')
  await expect(page.getByRole('link', { name: '3 rencontres à consigner' })).toBeVisible()

  await app.go('Rencontres à consigner')
  await period.click()
  await page.getByRole('option', { name: '7 derniers jours' }).click()
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByText('Démo drones')).toBeVisible()
  await app.go('Aujourd’hui')
  await expect(page.getByRole('link', { name: '1 rencontre à consigner' })).toBeVisible()
})
