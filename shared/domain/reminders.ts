// When to show the daily follow-up reminder: once when the app starts on a new day, and once when
// the set hour comes (unless the start-up reminder already came after that hour). Pure: the caller
// keeps the log between runs and does the notifying.
import type { CalendarDate } from './dates'

export interface ReminderLog {
  /** The day the flags below are about. */
  date: CalendarDate | null
  startDone: boolean
  hourDone: boolean
}

export const EMPTY_REMINDER_LOG: ReminderLog = { date: null, startDone: false, hourDone: false }

export interface ReminderCheck {
  trigger: 'start' | 'tick'
  today: CalendarDate
  /** The local hour now, 0–23. */
  hour: number
  reminderHour: number
  log: ReminderLog
}

export interface ReminderDecision {
  notify: boolean
  /** The log to keep (unchanged when nothing happened). */
  log: ReminderLog
}

export function decideReminder({ trigger, today, hour, reminderHour, log }: ReminderCheck): ReminderDecision {
  const current = log.date === today ? log : { date: today, startDone: false, hourDone: false }
  const hourReached = hour >= reminderHour
  if (trigger === 'start' && !current.startDone) {
    return { notify: true, log: { ...current, startDone: true, hourDone: current.hourDone || hourReached } }
  }
  if (hourReached && !current.hourDone) {
    return { notify: true, log: { ...current, startDone: true, hourDone: true } }
  }
  return { notify: false, log: current }
}

/** The first titles to name in the notification and how many more there are. */
export function reminderSummary(titles: readonly string[], max = 3): { shown: string[]; more: number } {
  return { shown: titles.slice(0, max), more: Math.max(0, titles.length - max) }
}
