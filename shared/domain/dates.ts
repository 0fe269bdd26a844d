// The one module that imports date-fns. Calendar dates are "YYYY-MM-DD" strings; timestamps are
// ISO-8601 UTC strings. "Today" is always a parameter or computed in an explicit time zone, so
// tests can fix it and a follow-up due on the 3rd shows on the 3rd wherever the laptop is.
import { addDays, addMonths, format, parseISO } from 'date-fns'
import { enCA, frCA } from 'date-fns/locale'
import type { Language } from '../schemas/common'

export type CalendarDate = string

const zoneFormats = new Map<string, Intl.DateTimeFormat>()

/** Year, month, day (and hour, minute) of an instant in a time zone; one formatter per zone. */
function zonedParts(instant: Date, timeZone: string, withTime: boolean): Record<string, string> {
  const key = `${timeZone}|${withTime}`
  let formatter = zoneFormats.get(key)
  if (!formatter) {
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? time : {})
    })
    zoneFormats.set(key, formatter)
  }
  return Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]))
}

/** The calendar date of an instant in a time zone (default: the system's). */
export function calendarDateOf(instant: Date, timeZone?: string): CalendarDate {
  // The system's zone needs no Intl formatter (costly to build), nor date-fns' format (it parses its
  // pattern on every call): Today and the lists call this for thousands of companies
  if (timeZone === undefined) {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value')
    const month = String(instant.getMonth() + 1).padStart(2, '0')
    const day = String(instant.getDate()).padStart(2, '0')
    return `${String(instant.getFullYear()).padStart(4, '0')}-${month}-${day}`
  }
  const p = zonedParts(instant, timeZone, false)
  return `${p.year}-${p.month}-${p.day}`
}

/** The system's time zone, e.g. "America/Toronto". */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

const pad2 = (n: number) => String(n).padStart(2, '0')
const OFFSET_AT_END = /T.*(Z|[+-]\d\d:\d\d)$/

/**
 * "2026-03-03T17:30" for an instant in a time zone (default: the system's): sorts like the
 * instants (within a zone). The system zone reads the Date's own fields, some 30 times faster than
 * a formatter: a busy company's timeline keys 500 entries on every change.
 */
export function localMinuteKey(iso: string, timeZone?: string): string {
  const instant = parseTimestamp(iso)
  if (timeZone === undefined) {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value')
    const date = `${String(instant.getFullYear()).padStart(4, '0')}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`
    return `${date}T${pad2(instant.getHours())}:${pad2(instant.getMinutes())}`
  }
  const p = zonedParts(instant, timeZone, true)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

// A stored timestamp carries its offset: the Date constructor reads it exactly, and far faster
// than date-fns' parseISO (a company page reads 420 of them for its health alone)
function parseTimestamp(iso: string): Date {
  return OFFSET_AT_END.test(iso) ? new Date(iso) : parseISO(iso)
}

export function todayDate(now: Date = new Date(), timeZone?: string): CalendarDate {
  return calendarDateOf(now, timeZone)
}

/** Parse "YYYY-MM-DD" as a local calendar day (never as UTC midnight, which shows a day early in the west). */
export function parseCalendarDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

function toCalendarDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd')
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(addDays(parseCalendarDate(date), days))
}

export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return toCalendarDate(addMonths(parseCalendarDate(date), months))
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from)
}

// Days since 1970-01-01 of a calendar day: UTC has no daylight saving, so the difference of two
// is exact, with no Date arithmetic in the local zone
function dayNumber(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString()
}

const locales = { fr: frCA, en: enCA }

/** Quebec French writes the first of the month as an ordinal (« 1er déc. »): the day part of a French pattern. */
function frenchDay(day: Date): string {
  return day.getDate() === 1 ? "d'er'" : 'd'
}

/** "3 déc. 2026", « 1er déc. 2026 » / "Dec 3, 2026" for a calendar date. */
export function formatCalendarDate(date: CalendarDate | null | undefined, language: Language): string {
  if (!date) return ''
  const day = parseCalendarDate(date)
  return format(day, language === 'fr' ? `${frenchDay(day)} MMM yyyy` : 'MMM d, yyyy', {
    locale: locales[language]
  })
}

/** "3 mars 2026", "1er mars 2026" / "March 3, 2026": a calendar date written out, for a sentence. */
export function formatDateInWords(date: CalendarDate, language: Language): string {
  const day = parseCalendarDate(date)
  if (language === 'en') return format(day, 'MMMM d, yyyy', { locale: enCA })
  return format(day, `${frenchDay(day)} MMMM yyyy`, { locale: frCA })
}

/** Date and time of a timestamp in local time: "3 déc. 2026, 17 h 30" / "Dec 3, 2026, 5:30 p.m.". */
export function formatTimestamp(iso: string | null | undefined, language: Language): string {
  if (!iso) return ''
  const instant = parseISO(iso)
  const pattern = language === 'fr' ? `${frenchDay(instant)} MMM yyyy, H 'h' mm` : 'MMM d, yyyy, h:mm a'
  return format(instant, pattern, { locale: locales[language] })
}

/**
 * Whole calendar days from the day of a timestamp to `today`, in a time zone (default: the
 * system's): 23:30 last night is 1 day ago at 8:00 this morning, as the officer counts. The one
 * count of "days since" for health, cadence and the last-contact line.
 */
export function calendarDaysSince(iso: string, today: CalendarDate, timeZone?: string): number {
  return daysBetween(calendarDateOf(parseTimestamp(iso), timeZone), today)
}

/** Whole days from a timestamp to now, by local calendar days. */
export function daysSince(iso: string, now: Date = new Date()): number {
  return calendarDaysSince(iso, todayDate(now))
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday, whatever the time zone. */
export function weekdayOf(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** "2026-03" for a calendar date or for a timestamp seen in a time zone (default: the system's). */
export function monthKeyOf(dateOrIso: string, timeZone?: string): string {
  const date = dateOrIso.length === 10 ? dateOrIso : calendarDateOf(parseISO(dateOrIso), timeZone)
  return date.slice(0, 7)
}

/** "mars 2026" / "March 2026" for a month key "2026-03". */
export function formatMonth(monthKey: string, language: Language): string {
  return format(parseCalendarDate(`${monthKey}-01`), 'MMMM yyyy', { locale: locales[language] })
}

/** "mardi 3 mars 2026", « mardi 1er décembre 2026 » / "Tuesday, March 3, 2026". */
export function formatLongDate(date: CalendarDate, language: Language): string {
  const day = parseCalendarDate(date)
  if (language === 'en') return format(day, 'EEEE, MMMM d, yyyy', { locale: enCA })
  return format(day, `EEEE ${frenchDay(day)} MMMM yyyy`, { locale: frCA })
}

/** "lun. 9 mars", « mar. 1er déc. » / "Mon, Mar 9": a date in the coming days. */
export function formatWeekdayDate(date: CalendarDate, language: Language): string {
  const day = parseCalendarDate(date)
  return format(day, language === 'fr' ? `EEE ${frenchDay(day)} MMM` : 'EEE, MMM d', {
    locale: locales[language]
  })
}

/** "17 h 30" / "5:30 p.m." for a timestamp in local time. */
export function formatTime(iso: string, language: Language): string {
  return format(parseISO(iso), language === 'fr' ? "H 'h' mm" : 'h:mm a', { locale: locales[language] })
}

/** The local calendar date and "HH:mm" of a timestamp (what a date field and a time field show). */
export function localParts(iso: string): { date: CalendarDate; time: string } {
  const instant = parseISO(iso)
  return { date: toCalendarDate(instant), time: format(instant, 'HH:mm') }
}

/**
 * The instant of a local date and "HH:mm" as an ISO string. A time skipped by the spring DST change
 * (2:30 on that night) moves forward an hour, as clocks do; an ambiguous autumn time takes the first.
 */
export function fromLocalParts(date: CalendarDate, time: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(y, m - 1, d, hours, minutes).toISOString()
}
