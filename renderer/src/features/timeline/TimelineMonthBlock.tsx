import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LinkedNames } from '@renderer/db/repositories/names'
import type { FollowUpActions } from '@renderer/features/follow-ups'
import { usePendingLogs } from '@renderer/hooks/pendingLogs'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatMonth, type CalendarDate } from '@shared/domain/dates'
import type { TimelineMonth } from '@shared/domain/timeline'
import { FollowUpEntry } from './FollowUpEntry'
import { InteractionEntry } from './InteractionEntry'
import { StageChangeEntry } from './StageChangeEntry'
import classes from './timeline.module.css'

interface TimelineMonthBlockProps {
  month: TimelineMonth
  names: LinkedNames
  selfId: string
  today: CalendarDate
  actions: FollowUpActions
  stageName: (stageId: string | null) => string
}

/** A month of the timeline: its name, what happened in it (counts), then its entries. */
export function TimelineMonthBlock({
  month,
  names,
  selfId,
  today,
  actions,
  stageName
}: TimelineMonthBlockProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const id = useId()
  const counts = (['interaction', 'follow-up', 'stage-change'] as const)
    .filter((type) => month.counts[type] > 0)
    .map((type) => t(`timeline.counts.${type}`, { count: month.counts[type] }))
  const name = formatMonth(month.month, language)
  const pending = usePendingLogs()
  return (
    <section className={classes.month} aria-labelledby={id}>
      <div className={classes.monthHead}>
        <h4 className={classes.monthName} id={id}>
          {name}
        </h4>
        <span className={classes.meta}>{counts.join(' · ')}</span>
      </div>
      <ul className={classes.list}>
        {month.entries.map((entry) =>
          entry.type === 'interaction' ? (
            <InteractionEntry
              key={entry.id}
              interaction={entry.interaction}
              names={names}
              selfId={selfId}
              pending={pending.some((p) => p.id === entry.id)}
            />
          ) : entry.type === 'follow-up' ? (
            <FollowUpEntry key={entry.id} followUp={entry.followUp} today={today} actions={actions} />
          ) : (
            <StageChangeEntry
              key={entry.id}
              change={entry.change}
              opportunity={entry.opportunity}
              stageName={stageName}
            />
          )
        )}
      </ul>
    </section>
  )
}
