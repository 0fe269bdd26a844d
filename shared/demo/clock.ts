// Dates of a generated workspace, all relative to one `now`. Calendar dates come from the app's
// date module; timestamps are built by arithmetic (no date-fns per record: the large set makes
// hundreds of thousands) at office hours in Quebec's time zone, so a 5 à 7 shows at 17 h.
import { addCalendarDays, todayDate, type CalendarDate } from '../domain/dates'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
/** "YYYY-MM-DDThh:mm:ss.sssZ": where each time field starts, its unit in ms and its width. */
const TIME_FIELDS = [
  [11, 3_600_000, 2],
  [14, 60_000, 2],
  [17, 1_000, 2],
  [20, 1, 3]
] as const
const ISO_CODES = Array.from('0000-00-00T00:00:00.000Z', (c) => c.charCodeAt(0))

/** Day of the month of the nth Sunday of a month (UTC calendar arithmetic). */
function nthSunday(year: number, month0: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month0, 1)).getUTCDay()
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7
}

/** Eastern time's UTC offset in minutes on a day: daylight time from March's 2nd to November's 1st Sunday. */
function easternOffsetMinutes(year: number, month0: number, day: number): number {
  const daylight =
    (month0 > 2 && month0 < 10) ||
    (month0 === 2 && day >= nthSunday(year, 2, 2)) ||
    (month0 === 10 && day < nthSunday(year, 10, 1))
  return daylight ? 240 : 300
}

export class Clock {
  readonly nowMs: number
  readonly today: CalendarDate
  private readonly todayUtcMs: number
  private readonly dates = new Map<number, CalendarDate>()
  private readonly midnights = new Map<number, number>()
  private readonly dayPrefixes = new Map<number, number[]>()

  constructor(now: Date, timeZone?: string) {
    this.nowMs = now.getTime()
    this.today = todayDate(now, timeZone)
    const [y, m, d] = this.today.split('-').map(Number)
    this.todayUtcMs = Date.UTC(y, m - 1, d)
  }

  /** The calendar date `offset` days from today (negative: in the past). */
  date(offset: number): CalendarDate {
    let date = this.dates.get(offset)
    if (date === undefined) {
      date = addCalendarDays(this.today, offset)
      this.dates.set(offset, date)
    }
    return date
  }

  /** Day of the week (0 = Sunday) of the day `daysAgo` days before today. */
  weekday(daysAgo: number): number {
    // Day 0 of the epoch (1970-01-01) was a Thursday
    const day = Math.floor(this.todayUtcMs / DAY_MS) - daysAgo
    return (((day + 4) % 7) + 7) % 7
  }

  /** The same day, or the Friday before when it falls on a weekend: officers meet on workdays. */
  workday(daysAgo: number): number {
    const weekday = this.weekday(daysAgo)
    return weekday === 6 ? daysAgo + 1 : weekday === 0 ? daysAgo + 2 : daysAgo
  }

  /** Milliseconds of a Quebec local time (minutes after midnight) `daysAgo` days before today, never after now. */
  atMs(daysAgo: number, minuteOfDay: number): number {
    let midnight = this.midnights.get(daysAgo)
    if (midnight === undefined) {
      const dayMs = this.todayUtcMs - daysAgo * DAY_MS
      const day = new Date(dayMs)
      midnight =
        dayMs + easternOffsetMinutes(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) * MINUTE_MS
      this.midnights.set(daysAgo, midnight)
    }
    return Math.min(midnight + minuteOfDay * MINUTE_MS, this.nowMs - 5 * MINUTE_MS)
  }

  at(daysAgo: number, minuteOfDay: number): string {
    return this.iso(this.atMs(daysAgo, minuteOfDay))
  }

  /** Like atMs but for days ahead too (an upcoming event); not clamped to now. */
  futureMs(daysAhead: number, minuteOfDay: number): number {
    const dayMs = this.todayUtcMs + daysAhead * DAY_MS
    const day = new Date(dayMs)
    const offset = easternOffsetMinutes(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())
    return dayMs + (offset + minuteOfDay) * MINUTE_MS
  }

  /** Same as new Date(ms).toISOString(), as one flat string and without a Date: the large set makes 400,000. */
  iso(instant: number): string {
    const ms = Math.floor(instant)
    const day = Math.floor(ms / DAY_MS)
    let prefix = this.dayPrefixes.get(day)
    if (prefix === undefined) {
      prefix = Array.from(new Date(day * DAY_MS).toISOString().slice(0, 11), (c) => c.charCodeAt(0))
      this.dayPrefixes.set(day, prefix)
    }
    for (let i = 0; i < 11; i++) ISO_CODES[i] = prefix[i]
    let rest = ms - day * DAY_MS
    for (const [at, unit, digits] of TIME_FIELDS) {
      let value = Math.floor(rest / unit)
      rest -= value * unit
      for (let d = digits - 1; d >= 0; d--, value = Math.floor(value / 10))
        ISO_CODES[at + d] = 48 + (value % 10)
    }
    return String.fromCharCode(...ISO_CODES)
  }

  /** An instant a fraction `roll` of the way from low to high, on the minute when that stays inside. */
  between(roll: number, low: number, high: number): number {
    const ms = Math.round((low + roll * (high - low)) / MINUTE_MS) * MINUTE_MS
    return Math.min(high, Math.max(low, ms))
  }

  /** An instant `minutes` after another, never after now (a record is logged after the fact). */
  after(ms: number, minutes: number): number {
    return Math.max(ms, Math.min(ms + minutes * MINUTE_MS, this.nowMs))
  }
}

/** A random office-hours minute of the day, on a five-minute grid. */
export function officeMinute(roll: number, from = 8 * 60 + 30, to = 17 * 60): number {
  return from + Math.floor((roll * (to - from)) / 5) * 5
}
