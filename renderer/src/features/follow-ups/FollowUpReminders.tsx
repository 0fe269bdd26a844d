import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useSetting } from '@renderer/hooks/useSetting'
import { checkReminder, type ReminderText } from './reminderScheduler'

const MINUTE = 60_000

/** Shows the follow-ups due today as a system notification at start-up and at the set hour. */
export function FollowUpReminders() {
  const { t } = useTranslation()
  const reminderHour = useSetting('reminderHour')
  useEffect(() => {
    if (reminderHour === undefined) return
    const text: ReminderText = {
      title: (count) => t('followUps.reminder.title', { count }),
      body: (shown, more) =>
        more > 0
          ? t('followUps.reminder.bodyMore', { titles: shown.join(' · '), count: more })
          : shown.join(' · ')
    }
    const check = (trigger: 'start' | 'tick') =>
      void checkReminder(trigger, reminderHour, text).catch(console.error)
    check('start')
    const timer = window.setInterval(() => check('tick'), MINUTE)
    return () => window.clearInterval(timer)
  }, [reminderHour, t])
  return null
}
