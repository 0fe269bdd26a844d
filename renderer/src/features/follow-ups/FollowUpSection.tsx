import { Button, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { namesOf, type LinkedNames } from '@renderer/db/repositories/names'
import { useDbQuery } from '@renderer/db/useDbQuery'
import type { CalendarDate } from '@shared/domain/dates'
import { DUE_BUCKETS, groupByDueBucket, type DueBucket } from '@shared/domain/due-dates'
import type { FollowUp } from '@shared/schemas'
import { FollowUpRow } from './FollowUpRow'
import type { FollowUpActions } from './useFollowUpActions'

/** Rows shown before « show all »: today's in full up to 25, the other buckets their first 10. */
export const shownAtFirst = (bucket: DueBucket) => (bucket === 'today' ? 25 : 10)

/** The rows every bucket shows at first, whose names Today reads with the follow-ups. */
export function firstRows(followUps: FollowUp[], today: CalendarDate): FollowUp[] {
  const buckets = groupByDueBucket(followUps, today)
  return DUE_BUCKETS.flatMap((bucket) => buckets[bucket].slice(0, shownAtFirst(bucket)))
}

interface FollowUpSectionProps {
  bucket: DueBucket
  followUps: FollowUp[]
  names: LinkedNames
  dueLabel: (dueDate: string) => string
  actions: FollowUpActions
  /** Today's first paint: at most this many rows, and no « show all » yet. */
  firstPaintLimit?: number
}

/** One bucket of the Today screen (overdue, today, this week, later), the first rows then "show all". */
export function FollowUpSection(props: FollowUpSectionProps) {
  const { bucket, followUps, names, dueLabel, actions, firstPaintLimit } = props
  const { t } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  // Today read the names of the first rows only: the others' are read when asked for
  const { data: allNames } = useDbQuery(
    () => (showAll ? namesOf({ followUps }) : Promise.resolve(null)),
    [showAll, followUps]
  )
  const shown = allNames
    ? followUps
    : followUps.slice(0, Math.min(shownAtFirst(bucket), firstPaintLimit ?? Infinity))
  return (
    <SectionCard title={t(`followUps.bucket.${bucket}`, { count: followUps.length })}>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`followUps.empty.${bucket}`)}
        </Text>
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((f) => (
            <FollowUpRow
              key={f.id}
              followUp={f}
              names={allNames ?? names}
              dueLabel={dueLabel(f.dueDate)}
              overdue={bucket === 'overdue'}
              actions={actions}
            />
          ))}
        </Stack>
      )}
      {firstPaintLimit === undefined && shown.length < followUps.length && (
        <Button variant="subtle" size="xs" mt="sm" loading={showAll} onClick={() => setShowAll(true)}>
          {t('followUps.showAll', { count: followUps.length })}
        </Button>
      )}
    </SectionCard>
  )
}
