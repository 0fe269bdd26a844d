// Open follow-ups as an iCalendar file (RFC 5545) any calendar imports: one all-day event per
// follow-up on its due date (DTSTART;VALUE=DATE, so the 3rd stays the 3rd in every time zone),
// text escaped, lines folded at 75 octets without splitting a character, CRLF line ends.

export interface CalendarItem {
  /** Stable across exports, so a calendar updates the event instead of duplicating it. */
  id: string
  title: string
  /** YYYY-MM-DD */
  date: string
  description: string
}

const compactDate = (date: string) => date.replace(/-/g, '')

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** UTC "YYYYMMDDTHHMMSSZ". */
function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

// RFC 5545 TEXT allows no control character but the tab (CONTROL = %x00-08 / %x0A-1F / %x7F)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ICS_CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g

/** A TEXT value (RFC 5545 §3.3.11): \\ ; , escaped, line breaks as \n, other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(ICS_CONTROLS, '')
}

const encoder = new TextEncoder()

/** Splits a content line into 75-octet pieces, each continuation starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    // the first line holds 75 octets; the others 74 after their leading space
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece)
      piece = ''
      octets = 0
    }
    piece += ch
    octets += size
  }
  pieces.push(piece)
  return pieces.join('\r\n ')
}

function event(item: CalendarItem, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${item.id}@relais`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compactDate(item.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(item.date))}`,
    `SUMMARY:${escapeText(item.title)}`,
    ...(item.description ? [`DESCRIPTION:${escapeText(item.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT'
  ]
}

export function buildIcs(items: CalendarItem[], options: { now: Date; calendarName: string }): string {
  const dtstamp = stamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relais//Relais CRM//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...items.flatMap((item) => event(item, dtstamp)),
    'END:VCALENDAR'
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
