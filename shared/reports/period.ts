// Report periods: this week (Monday to Sunday), this month, this quarter, this year, or a range.
// Calendar dates in, calendar dates out; "today" is a parameter. Instants are compared to the
// period in the system's time zone, as everything else in the app is shown.
import { addCalendarDays, addCalendarMonths, parseCalendarDate, type CalendarDate } from '../domain/dates'
import type { Period } from './types'

export const PERIOD_PRESETS = ['week', 'month', 'quarter', 'year', 'range'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

function monthStart(date: CalendarDate, monthOffset = 0): CalendarDate {
  return addCalendarMonths(`${date.slice(0, 7)}-01`, monthOffset)
}

/** The preset's period around today; a range is returned as given, its ends in order. */
export function resolvePeriod(preset: PeriodPreset, today: CalendarDate, range?: Period): Period {
  switch (preset) {
    case 'week': {
      // getDay(): 0 = Sunday; the business week starts on Monday
      const back = (parseCalendarDate(today).getDay() + 6) % 7
      const from = addCalendarDays(today, -back)
      return { from, to: addCalendarDays(from, 6) }
    }
    case 'month': {
      const from = monthStart(today)
      return { from, to: addCalendarDays(addCalendarMonths(from, 1), -1) }
    }
    case 'quarter': {
      const month = Number(today.slice(5, 7))
      const from = monthStart(today, -((month - 1) % 3))
      return { from, to: addCalendarDays(addCalendarMonths(from, 3), -1) }
    }
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
    case 'range': {
      const { from, to } = range ?? { from: today, to: today }
      return from <= to ? { from, to } : { from: to, to: from }
    }
  }
}

function localMidnight(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d).getTime()
}

/** [start, end) in epoch milliseconds: local midnight of the first day to that of the day after the last. */
export function periodBounds(period: Period): { start: number; end: number } {
  return { start: localMidnight(period.from), end: localMidnight(addCalendarDays(period.to, 1)) }
}

/** An instant test for the period, fast enough for 100,000 timestamps. */
export function instantInPeriod(period: Period): (iso: string | null | undefined) => boolean {
  const { start, end } = periodBounds(period)
  return (iso) => {
    if (!iso) return false
    const ms = Date.parse(iso)
    return ms >= start && ms < end
  }
}

export function dateInPeriod(period: Period): (date: CalendarDate | null | undefined) => boolean {
  return (date) => !!date && date >= period.from && date <= period.to
}
