import { describe, expect, it } from 'vitest'
import { buildIcs, escapeText, foldLine } from '@shared/calendar/ics'
import { openFollowUpItems } from '@shared/calendar/follow-ups'
import { contact, followUp, organization } from '../../../fixtures/records'

const NOW = new Date('2026-11-25T14:30:00Z')

/** Unfolds continuation lines, as a calendar reading the file does. */
const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('iCalendar export', () => {
  it('writes one all-day event per open follow-up on its calendar date, CRLF throughout', () => {
    const items = openFollowUpItems(
      [
        followUp({
          id: 'f1',
          title: 'Rappeler Éloïse',
          dueDate: '2026-12-03',
          organizationId: 'n',
          contactId: 'e'
        }),
        followUp({ id: 'f2', title: 'Fait', dueDate: '2026-12-01', status: 'done' }),
        followUp({ id: 'f3', title: 'Supprimé', dueDate: '2026-12-01', deletedAt: '2026-11-20T00:00:00Z' }),
        followUp({ id: 'f4', title: 'Dernier jour', dueDate: '2026-12-31' })
      ],
      [organization({ id: 'n', name: 'Nordik, inc.' })],
      [contact({ id: 'e', firstName: 'Éloïse', lastName: 'Tremblay' })]
    )
    const ics = buildIcs(items, { now: NOW, calendarName: 'Suivis Relais' })
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = unfold(ics).split('\r\n')
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2)
    expect(lines).toContain('UID:f1@relais')
    expect(lines).toContain('DTSTAMP:20261125T143000Z')
    expect(lines).toContain('DTSTART;VALUE=DATE:20261203')
    expect(lines).toContain('DTEND;VALUE=DATE:20261204')
    expect(lines).toContain('DTEND;VALUE=DATE:20270101')
    expect(lines).toContain('SUMMARY:Rappeler Éloïse')
    expect(lines).toContain('DESCRIPTION:Nordik\\, inc.\\nÉloïse Tremblay')
  })

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('folds long lines at 75 octets without splitting an accented letter', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`
    const folded = foldLine(line)
    const pieces = folded.split('\r\n')
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75)
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(unfold(folded)).toBe(line)
  })
})
