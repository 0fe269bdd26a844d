// Follow-up due dates: the Today screen's buckets and the snooze / follow-up presets. Pure calendar
// arithmetic on "YYYY-MM-DD" strings with "today" as a parameter, so a follow-up due on the 3rd is
// due on the 3rd in every time zone and across DST changes.
import { addCalendarDays, daysBetween, weekdayOf, type CalendarDate } from './dates'

export const DUE_BUCKETS = ['overdue', 'today', 'this-week', 'later'] as const
export type DueBucket = (typeof DUE_BUCKETS)[number]

/**
 * How many days after today still count as "this week". Seven rather than "until Sunday": on a
 * Friday, Monday's follow-ups belong with this week's work, not with "later"; and "next week"
 * (next Monday) always lands in it.
 */
export const THIS_WEEK_DAYS = 7

export function dueBucket(dueDate: CalendarDate, today: CalendarDate): DueBucket {
  const days = daysBetween(today, dueDate)
  if (days < 0) return 'overdue'
  if (days === 0) return 'today'
  return days <= THIS_WEEK_DAYS ? 'this-week' : 'later'
}

/** Items grouped by bucket, each bucket in due-date order (oldest first). */
export function groupByDueBucket<T extends { dueDate: CalendarDate }>(
  items: readonly T[],
  today: CalendarDate
): Record<DueBucket, T[]> {
  const groups: Record<DueBucket, T[]> = { overdue: [], today: [], 'this-week': [], later: [] }
  const sorted = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  for (const item of sorted) groups[dueBucket(item.dueDate, today)].push(item)
  return groups
}

export const DUE_PRESETS = ['tomorrow', 'next-week', 'in-two-weeks'] as const
export type DuePreset = (typeof DUE_PRESETS)[number]

/**
 * The next Monday strictly after today: "next week" means the start of next week, the way mail
 * clients snooze (on a Sunday that is tomorrow; on a Monday, a week later).
 */
export function nextMonday(today: CalendarDate): CalendarDate {
  const daysAhead = (8 - weekdayOf(today)) % 7 || 7
  return addCalendarDays(today, daysAhead)
}

/** The due date of a preset: tomorrow, next Monday, or two weeks from today (same weekday). */
export function presetDueDate(preset: DuePreset, today: CalendarDate): CalendarDate {
  switch (preset) {
    case 'tomorrow':
      return addCalendarDays(today, 1)
    case 'next-week':
      return nextMonday(today)
    case 'in-two-weeks':
      return addCalendarDays(today, 14)
  }
}
