// The daily reminder, renderer side: decide (shared/domain/reminders.ts), remember what was shown
// today in localStorage, and notify through the platform (system notification on the desktop,
// the Notification API in a browser that allowed it).
import { listOpenFollowUps } from '@renderer/db/repositories/followUps'
import { getPlatform } from '@renderer/platform'
import { todayDate } from '@shared/domain/dates'
import { compareText } from '@shared/domain/text'
import type { FollowUp, Priority } from '@shared/schemas'
import {
  decideReminder,
  EMPTY_REMINDER_LOG,
  reminderSummary,
  type ReminderLog
} from '@shared/domain/reminders'

const LOG_KEY = 'relais-follow-up-reminders'

function readLog(): ReminderLog {
  try {
    return {
      ...EMPTY_REMINDER_LOG,
      ...(JSON.parse(localStorage.getItem(LOG_KEY) ?? '{}') as Partial<ReminderLog>)
    }
  } catch {
    return EMPTY_REMINDER_LOG
  }
}

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, normal: 1, low: 2 }

/** High priority first, then by title, so the notification names what matters. */
function byUrgency(a: FollowUp, b: FollowUp): number {
  return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || compareText(a.title, b.title)
}

export interface ReminderText {
  title: (count: number) => string
  body: (shown: string[], more: number) => string
}

export async function checkReminder(
  trigger: 'start' | 'tick',
  reminderHour: number,
  text: ReminderText,
  now = new Date()
): Promise<void> {
  const platform = getPlatform()
  // Not allowed yet: keep today's reminders for when the person allows them
  if (platform.notificationPermission() !== 'granted') return
  const today = todayDate(now)
  const decision = decideReminder({ trigger, today, hour: now.getHours(), reminderHour, log: readLog() })
  localStorage.setItem(LOG_KEY, JSON.stringify(decision.log))
  if (!decision.notify) return
  const due = (await listOpenFollowUps(today)).filter((f) => f.dueDate === today)
  if (due.length === 0) return
  const { shown, more } = reminderSummary(due.sort(byUrgency).map((f) => f.title))
  await platform.notify(text.title(due.length), text.body(shown, more))
}
