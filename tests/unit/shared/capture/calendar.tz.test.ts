// Runs in every process zone (see vitest.config.mts): the officer's zone is a parameter, so the
// same file gives the same instants on any laptop.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meetingsOf } from '@shared/capture/calendar'
import { ianaZoneOf } from '@shared/capture/zones'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/capture', name)))
const OWN = ['Julie.Agent@banque-dev.ca']
const ZONE = 'America/Toronto'
const OUTLOOK_UID =
  '040000008200E00074C5B7101A82E0080000000090A0E4B5A1A4DC01000000000000000010000000C4D6F1A39E1B8A4C9B9C0A3E2B7D1F55'

describe('Outlook calendar (Windows zone name, weekly with EXDATE and a moved instance)', () => {
  it('maps Windows zone names to IANA', () => {
    expect(ianaZoneOf('Eastern Standard Time')).toBe('America/New_York')
    expect(ianaZoneOf('Romance Standard Time')).toBe('Europe/Paris')
    expect(ianaZoneOf('America/Toronto')).toBe('America/Toronto')
    expect(ianaZoneOf('/mozilla.org/20050126_1/America/Toronto')).toBe('America/Toronto')
    expect(ianaZoneOf('Zone inventée')).toBeNull()
  })

  it('expands March across the spring change, skips the EXDATE and moves the modified instance', () => {
    const meetings = meetingsOf(fixture('outlook-weekly.ics'), {
      ownAddresses: OWN,
      officerZone: ZONE,
      now: new Date('2026-03-31T12:00:00Z')
    })
    expect(meetings.map((m) => [m.start, m.end, m.recurrenceId])).toEqual([
      // 10:00 EST (UTC−5) before 8 March
      ['2026-03-05T15:00:00.000Z', '2026-03-05T15:45:00.000Z', '2026-03-05T15:00:00.000Z'],
      // 10:00 EDT (UTC−4) after
      ['2026-03-12T14:00:00.000Z', '2026-03-12T14:45:00.000Z', '2026-03-12T14:00:00.000Z'],
      // the 19th is an EXDATE; the 26th moved to Friday 27th at 14:00 EDT
      ['2026-03-27T18:00:00.000Z', '2026-03-27T19:00:00.000Z', '2026-03-26T14:00:00.000Z']
    ])
    const [first, , moved] = meetings
    expect(first.key).toBe(`${OUTLOOK_UID}|2026-03-05T15:00:00.000Z`)
    expect(first.title).toBe('Point hebdo Nordik')
    expect(first.location).toBe('Nordik Tech, 200 rue Principale, Trois-Rivières')
    expect(first.durationMinutes).toBe(45)
    expect(first.allDay).toBe(false)
    // the officer (any case) and the meeting room are left out
    expect(first.attendees).toEqual([
      { email: 'eloise.tremblay@nordik-tech.ca', name: 'Éloïse Tremblay', declined: false }
    ])
    expect(moved.title).toBe('Point hebdo Nordik (déplacé)')
    expect(moved.location).toBe('Café Morgane, Trois-Rivières')
    expect(moved.durationMinutes).toBe(60)
    expect(moved.attendees.map((a) => a.email)).toEqual([
      'eloise.tremblay@nordik-tech.ca',
      'marc@nordik-tech.ca'
    ])
  })

  it('expands across the autumn change', () => {
    const meetings = meetingsOf(fixture('outlook-weekly.ics'), {
      ownAddresses: OWN,
      officerZone: ZONE,
      now: new Date('2026-11-06T00:00:00Z'),
      from: new Date('2026-10-28T00:00:00Z')
    })
    // 10:00 EDT on 29 October, 10:00 EST on 5 November
    expect(meetings.map((m) => m.start)).toEqual(['2026-10-29T14:00:00.000Z', '2026-11-05T15:00:00.000Z'])
  })
})

describe('Google calendar (UTC times)', () => {
  const meetings = () =>
    meetingsOf(fixture('google-utc.ics'), {
      ownAddresses: ['julie.agent@banque-dev.ca'],
      officerZone: ZONE,
      now: new Date('2026-11-06T12:00:00Z')
    })

  it('keeps past meetings of the last 30 days with someone else, skipping cancelled and solo events', () => {
    expect(meetings().map((m) => [m.start, m.title])).toEqual([
      ['2026-10-29T14:00:00.000Z', 'Hydrogène Boréal – démo'],
      ['2026-11-04T13:00:00.000Z', ''],
      ['2026-11-05T15:00:00.000Z', 'Suivi financement']
    ])
  })

  it('reads folded attendee names and a single event has no recurrence id', () => {
    const [demo, , followUp] = meetings()
    expect(demo.key).toBe('3m9k2f7q1r8s6t5u4v3w2x1y0z@google.com|')
    expect(demo.recurrenceId).toBeNull()
    expect(demo.location).toBe('Google Meet')
    expect(demo.attendees).toEqual([
      { email: 'karim.benali@hydrogene-boreal.com', name: 'Karim Benali', declined: false }
    ])
    expect(followUp.durationMinutes).toBe(75)
    expect(followUp.attendees.map((a) => a.name)).toEqual(['Karim Benali'])
  })

  it('shows only the time of a private event', () => {
    const secret = meetings()[1]
    expect(secret.isPrivate).toBe(true)
    expect(secret.location).toBe('')
    expect(secret.attendees).toEqual([])
    expect(secret.durationMinutes).toBe(30)
  })
})

describe('Apple calendar (all-day event)', () => {
  it('places an all-day event on its date in the officer’s zone', () => {
    const [fair] = meetingsOf(fixture('apple-all-day.ics'), {
      ownAddresses: OWN,
      officerZone: ZONE,
      now: new Date('2026-03-20T12:00:00Z')
    })
    expect(fair.allDay).toBe(true)
    expect(fair.recurrenceId).toBeNull()
    // midnight on 12 March in Toronto (EDT since the 8th)
    expect(fair.start).toBe('2026-03-12T04:00:00.000Z')
    expect(fair.durationMinutes).toBe(24 * 60)
    expect(fair.title).toBe('Salon Inno-Québec')
    expect(fair.location).toBe('Centre des congrès de Québec')
    // the officer is named by a principal URL with EMAIL=, and is still left out
    expect(fair.attendees).toEqual([
      { email: 'gabrielle.cote@inno-quebec.ca', name: 'Gabrielle Côté', declined: false }
    ])
  })
})

describe('bad calendar files', () => {
  const window = { ownAddresses: OWN, officerZone: ZONE, now: new Date('2026-03-31T12:00:00Z') }
  it('refuses a file with no VCALENDAR', () => {
    expect(() => meetingsOf(fixture('not-a-calendar.ics'), window)).toThrow(
      expect.objectContaining({ key: 'capture.errors.notCalendar' })
    )
  })
  it('refuses a broken calendar', () => {
    const broken = new TextEncoder().encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nnonsense\r\n')
    expect(() => meetingsOf(broken, window)).toThrow(
      expect.objectContaining({ key: 'capture.errors.notCalendar' })
    )
  })
  it('refuses a 50 MB file before reading it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024)
    expect(() => meetingsOf(huge, window)).toThrow(
      expect.objectContaining({ key: 'capture.errors.tooLarge' })
    )
  })
})

describe('wall-clock times on the nights of the 2026 changes in Toronto', () => {
  it('moves a skipped spring time forward and takes the first of two autumn times', async () => {
    const { instantOf } = await import('@shared/capture/zones')
    const at = (day: number, month: number, hour: number, minute: number) =>
      instantOf({ year: 2026, month, day, hour, minute, second: 0 }, ZONE).toISOString()
    expect(at(8, 3, 1, 30)).toBe('2026-03-08T06:30:00.000Z')
    expect(at(8, 3, 2, 30)).toBe('2026-03-08T07:30:00.000Z')
    expect(at(8, 3, 3, 30)).toBe('2026-03-08T07:30:00.000Z')
    expect(at(1, 11, 1, 30)).toBe('2026-11-01T05:30:00.000Z')
    expect(at(1, 11, 2, 30)).toBe('2026-11-01T07:30:00.000Z')
  })
})
