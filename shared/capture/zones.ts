// Time zones named by calendar files. Outlook writes Windows names (« Eastern Standard Time »),
// mapped to IANA by windows-iana; Google and Apple write IANA names. ical.js has no zone database,
// so a wall-clock time in a named zone becomes an instant through Intl (the platform's tz data).
import { findIana } from 'windows-iana'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function isIanaZone(name: string): boolean {
  try {
    formatterFor(name)
    return true
  } catch {
    return false
  }
}

/** The IANA zone a TZID stands for, or null when neither IANA nor a known Windows name. */
export function ianaZoneOf(tzid: string | null | undefined): string | null {
  if (!tzid) return null
  const name = tzid.trim().replace(/^"|"$/g, '')
  const windows = findIana(name)
  if (windows.length > 0) return windows[0]
  // Older Mozilla files prefix the name: "/mozilla.org/20050126_1/America/Toronto"
  const segments = name.split('/').filter(Boolean)
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/')
    if (isIanaZone(candidate)) return candidate
  }
  return null
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * The instant of a wall-clock time in an IANA zone. A time skipped by the spring change moves
 * forward an hour, as clocks do; an ambiguous autumn time takes the first (daylight) one.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const firstOffset = offsetAt(guess, timeZone)
  const first = guess - firstOffset
  const secondOffset = offsetAt(first, timeZone)
  if (secondOffset === firstOffset) return new Date(first)
  const second = guess - secondOffset
  if (offsetAt(second, timeZone) === secondOffset) return new Date(second)
  return new Date(Math.max(first, second))
}
