import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { daysBetween, formatWeekdayDate, type CalendarDate } from '@shared/domain/dates'
import { THIS_WEEK_DAYS } from '@shared/domain/due-dates'

/** "En retard de 3 jours", "Aujourd’hui", "Demain", "lun. 9 mars", "9 avr. 2026". */
export function useDueLabel(today: CalendarDate): (dueDate: CalendarDate) => string {
  const { t } = useTranslation()
  const format = useFormatters()
  return (dueDate) => {
    const days = daysBetween(today, dueDate)
    if (days < 0) return t('followUps.due.overdue', { count: -days })
    if (days === 0) return t('followUps.due.today')
    if (days === 1) return t('followUps.due.tomorrow')
    if (days <= THIS_WEEK_DAYS) return formatWeekdayDate(dueDate, format.language)
    return format.date(dueDate)
  }
}
