import { IconBan, IconCheck, IconCircleCheck, IconClock } from '@tabler/icons-react'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FollowUpMenu, SnoozeMenu, type FollowUpActions } from '@renderer/features/follow-ups'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { CalendarDate } from '@shared/domain/dates'
import { sameRecord } from '@shared/domain/same-record'
import type { FollowUp } from '@shared/schemas'
import { EntryLayout } from './EntryLayout'
import classes from './timeline.module.css'

interface FollowUpEntryProps {
  followUp: FollowUp
  today: CalendarDate
  actions: FollowUpActions
  /** Shown under the due date, e.g. who it is about where the page does not say. */
  children?: ReactNode
}

const STATUS_LOOK = {
  open: { icon: IconClock, color: 'yellow' },
  done: { icon: IconCircleCheck, color: 'teal' },
  cancelled: { icon: IconBan, color: 'gray' }
} as const

/** A follow-up on the timeline: open ones can be done or snoozed here; done ones stay, marked. */
function FollowUpEntryView({ followUp, today, actions, children }: FollowUpEntryProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const overdue = followUp.status === 'open' && followUp.dueDate < today
  const look = STATUS_LOOK[followUp.status]
  const color = overdue ? 'red' : look.color
  return (
    <EntryLayout
      icon={look.icon}
      color={color}
      label={followUp.title}
      actions={
        <>
          {followUp.status === 'open' && (
            <>
              <button
                type="button"
                className={`${classes.iconButton} ${classes.accent}`}
                aria-label={t('followUps.actions.markDone', { title: followUp.title })}
                onClick={() => void actions.done(followUp)}
              >
                <IconCheck size={16} aria-hidden />
              </button>
              <SnoozeMenu
                followUp={followUp}
                onReschedule={(date) => void actions.reschedule(followUp, date)}
              />
            </>
          )}
          <FollowUpMenu followUp={followUp} actions={actions} />
        </>
      }
    >
      <div className={classes.line}>
        <span
          className={
            followUp.status === 'cancelled' ? `${classes.title} ${classes.cancelled}` : classes.title
          }
        >
          {followUp.title}
        </span>
        <span className={`${classes.badge} ${classes.tint}`} data-color={color}>
          {t(overdue ? 'timeline.followUp.overdue' : `timeline.followUp.${followUp.status}`)}
        </span>
      </div>
      <span className={classes.meta}>
        {followUp.status === 'done' && followUp.doneAt
          ? t('timeline.followUp.doneOn', {
              date: format.timestamp(followUp.doneAt),
              due: format.date(followUp.dueDate)
            })
          : t('timeline.followUp.dueOn', { date: format.date(followUp.dueDate) })}
      </span>
      {children}
    </EntryLayout>
  )
}

/** Re-rendered only when the follow-up (any of its fields), the day or the actions change. */
export const FollowUpEntry = memo(
  FollowUpEntryView,
  (a, b) =>
    sameRecord(a.followUp, b.followUp) &&
    a.today === b.today &&
    a.actions === b.actions &&
    a.children === b.children
)
