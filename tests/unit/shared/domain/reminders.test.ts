import { describe, expect, it } from 'vitest'
import {
  decideReminder,
  EMPTY_REMINDER_LOG,
  reminderSummary,
  type ReminderLog
} from '@shared/domain/reminders'

const today = '2026-03-03'
const check = (trigger: 'start' | 'tick', hour: number, log: ReminderLog) =>
  decideReminder({ trigger, today, hour, reminderHour: 9, log })

describe('daily follow-up reminder', () => {
  it('reminds at start-up, then again when the set hour comes, and never twice', () => {
    const start = check('start', 8, EMPTY_REMINDER_LOG)
    expect(start.notify).toBe(true)
    expect(check('tick', 8, start.log).notify).toBe(false)
    const atNine = check('tick', 9, start.log)
    expect(atNine.notify).toBe(true)
    expect(check('tick', 10, atNine.log).notify).toBe(false)
    expect(check('start', 11, atNine.log).notify).toBe(false)
  })

  it('does not repeat the hour reminder when the app started after that hour', () => {
    const start = check('start', 10, EMPTY_REMINDER_LOG)
    expect(start.notify).toBe(true)
    expect(check('tick', 10, start.log).notify).toBe(false)
  })

  it('a restart the same day does not remind again; the next day does', () => {
    const first = check('start', 8, EMPTY_REMINDER_LOG)
    expect(check('start', 8, first.log).notify).toBe(false)
    const tomorrow = decideReminder({
      trigger: 'start',
      today: '2026-03-04',
      hour: 8,
      reminderHour: 9,
      log: first.log
    })
    expect(tomorrow).toEqual({ notify: true, log: { date: '2026-03-04', startDone: true, hourDone: false } })
  })

  it('an app left open overnight reminds at the hour of the new day, not at midnight', () => {
    const yesterday: ReminderLog = { date: '2026-03-02', startDone: true, hourDone: true }
    expect(check('tick', 0, yesterday).notify).toBe(false)
    expect(check('tick', 9, yesterday).notify).toBe(true)
  })

  it('names the first three follow-ups and counts the rest', () => {
    expect(reminderSummary(['a', 'b', 'c', 'd', 'e'])).toEqual({ shown: ['a', 'b', 'c'], more: 2 })
    expect(reminderSummary(['a'])).toEqual({ shown: ['a'], more: 0 })
  })
})
