import { Badge } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LinkedNames } from '@renderer/db/repositories/names'
import type { FollowUp } from '@shared/schemas'
import { FollowUpMenu } from './FollowUpMenu'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { SnoozeMenu } from './SnoozeMenu'
import type { FollowUpActions } from './useFollowUpActions'
import classes from './FollowUpRow.module.css'

interface FollowUpRowProps {
  followUp: FollowUp
  names: LinkedNames
  dueLabel: string
  overdue: boolean
  actions: FollowUpActions
}

/**
 * One open follow-up on Today: done in one click, snooze in two, the rest in a menu. The layout is
 * plain elements: Today shows some fifty rows, and every screen opened from Today first takes them
 * down.
 */
export function FollowUpRow({ followUp, names, dueLabel, overdue, actions }: FollowUpRowProps) {
  const { t } = useTranslation()
  // the note captured with the follow-up, its first line: what to say when calling back
  const noteLine = followUp.notes.trim().split('\n')[0]?.trim()
  return (
    <li className={classes.row} aria-label={followUp.title}>
      {/* on a narrow window the date and actions go under the title */}
      <div className={classes.what}>
        <button
          type="button"
          // Mantine's global focus ring and press effect, as its own buttons have
          className={`mantine-focus-auto mantine-active ${classes.done}`}
          aria-label={t('followUps.actions.markDone', { title: followUp.title })}
          onClick={() => void actions.done(followUp)}
        >
          <IconCheck size={14} aria-hidden />
        </button>
        <div className={classes.lines}>
          <p className={classes.title}>
            {followUp.title}
            {followUp.priority === 'high' && (
              <Badge
                component="span"
                size="xs"
                color="red"
                variant="light"
                ml="xs"
                style={{ verticalAlign: 'middle' }}
              >
                {t('followUps.priority.high')}
              </Badge>
            )}
          </p>
          {noteLine && <p className={classes.note}>{noteLine}</p>}
          <LinkedParties
            organizations={[
              followUp.organizationId ? names.organizations.get(followUp.organizationId) : undefined
            ]}
            contacts={[followUp.contactId ? names.contacts.get(followUp.contactId) : undefined]}
          />
        </div>
      </div>
      <div className={classes.when}>
        <p className={classes.due} data-overdue={overdue || undefined}>
          {dueLabel}
        </p>
        <SnoozeMenu followUp={followUp} onReschedule={(date) => void actions.reschedule(followUp, date)} />
        <FollowUpMenu followUp={followUp} actions={actions} />
      </div>
    </li>
  )
}
