// A date as a Quebec officer types it, in French or English, to a calendar date. The rules:
// - ISO everywhere: « 2026-03-15 », « 2026/03/15 ».
// - French: day first, always: « 15/03/2026 », « 15.03.2026 », « 15-03-2026 », « 15/3/26 ».
// - English: day first too (the Canadian and Quebec habit, and the same rule as in French), except
//   when only month-first can be read: "03/15/2026" is March 15 because there is no 15th month.
//   "03/04/2026" is therefore April 3 in both languages.
// - Month names in both languages, full or abbreviated, with or without a weekday: « 1er avril
//   2026 », « 15 mars », « mardi 3 mars 2026 », "March 15, 2026", "Mar 15", "15 Mar 2026".
// - No year: the occurrence of that day nearest to today (at most six months away), so « 15 janv. »
//   typed on December 3 is next month, never eleven months ago. Two-digit years take the century
//   that puts them nearest to today's year.
// - Days named from today, in both languages: « aujourd’hui », « demain », « après-demain »,
//   « hier », « avant-hier », « dans 3 jours », « dans 2 semaines », "today", "tomorrow",
//   "yesterday", "in 3 days", "in 2 weeks". A weekday alone (« vendredi ») is not read: this
//   Friday or the last one depends on the field (a follow-up is due, a meeting was held).
// - Anything else is null: the field says it cannot read it, nothing is guessed. Years before 1900
//   or after 2199 are refused.
import type { Language } from '../schemas/common'
import { addCalendarDays, daysBetween, type CalendarDate } from './dates'
import { foldText } from './text'

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec']
]
MONTH_NAMES.forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)))

const WEEKDAYS =
  /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\s*/

const pad = (n: number) => String(n).padStart(2, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function dateOf(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** A two-digit year in the century nearest today's year. */
function fullYear(digits: string, today: CalendarDate): number {
  if (digits.length === 4) return Number(digits)
  const current = Number(today.slice(0, 4))
  const candidate = Math.floor(current / 100) * 100 + Number(digits)
  return [candidate - 100, candidate, candidate + 100].reduce((best, y) =>
    Math.abs(y - current) < Math.abs(best - current) ? y : best
  )
}

/** The day and month in the year nearest today (a tie goes to the future); null if it does not exist. */
function nearestYear(month: number, day: number, today: CalendarDate): CalendarDate | null {
  const year = Number(today.slice(0, 4))
  const candidates = [year - 1, year, year + 1]
    .map((y) => dateOf(y, month, day))
    .filter((d): d is CalendarDate => d !== null)
  if (candidates.length === 0) return null
  return candidates.reduce((best, d) => {
    const distance = Math.abs(daysBetween(today, d))
    const bestDistance = Math.abs(daysBetween(today, best))
    return distance < bestDistance || (distance === bestDistance && d > best) ? d : best
  })
}

function withYear(month: number, day: number, year: string | undefined, today: CalendarDate) {
  return year === undefined ? nearestYear(month, day, today) : dateOf(fullYear(year, today), month, day)
}

function numeric(text: string, language: Language, today: CalendarDate): CalendarDate | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text)
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const parts = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text)
  if (!parts) return null
  const [first, second, year] = [Number(parts[1]), Number(parts[3]), parts[4]]
  const monthFirst = language === 'en' && second > 12 && first <= 12
  return monthFirst ? withYear(first, second, year, today) : withYear(second, first, year, today)
}

function named(text: string, today: CalendarDate): CalendarDate | null {
  const dayFirst = /^(\d{1,2}) ([a-z]+) ?(\d{4}|\d{2})?$/.exec(text)
  if (dayFirst && MONTHS[dayFirst[2]])
    return withYear(MONTHS[dayFirst[2]], Number(dayFirst[1]), dayFirst[3], today)
  const monthFirst = /^([a-z]+) (\d{1,2}) ?(\d{4})?$/.exec(text)
  if (monthFirst && MONTHS[monthFirst[1]])
    return withYear(MONTHS[monthFirst[1]], Number(monthFirst[2]), monthFirst[3], today)
  return null
}

const DAYS_FROM_TODAY: Record<string, number> = {
  aujourdhui: 0,
  today: 0,
  demain: 1,
  tomorrow: 1,
  'apres demain': 2,
  hier: -1,
  yesterday: -1,
  'avant hier': -2
}

/** « demain », « dans 3 jours », "in 2 weeks": a day counted from today (words already folded). */
function fromToday(words: string, today: CalendarDate): CalendarDate | null {
  const named = DAYS_FROM_TODAY[words.replace(/['’]/g, '').replace(/-/g, ' ')]
  if (named !== undefined) return addCalendarDays(today, named)
  const counted = /^(?:dans|in) (\d{1,3}) (jours?|days?|semaines?|weeks?)$/.exec(words)
  if (!counted) return null
  const perUnit = /^(semaine|week)/.test(counted[2]) ? 7 : 1
  return addCalendarDays(today, Number(counted[1]) * perUnit)
}

/**
 * The calendar date a typed text means for a person writing in `language` on `today`, or null
 * when it cannot be read without guessing (see the rules above).
 */
export function parseTypedDate(text: string, language: Language, today: CalendarDate): CalendarDate | null {
  const compact = text.trim()
  if (!compact) return null
  const numericDate = numeric(compact.replace(/\s+/g, ''), language, today)
  if (numericDate || /^[\d\s/.-]+$/.test(compact)) return numericDate
  const words = foldText(compact)
    .replace(/^le\s+/, '')
    .replace(/[.,]/g, ' ')
    .replace(/\b(\d{1,2})(er|re|e|st|nd|rd|th)\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  // "Mar 15" is March; « mar. 3 mars » starts with Tuesday
  return fromToday(words, today) ?? named(words, today) ?? named(words.replace(WEEKDAYS, ''), today)
}
