import { Button, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import type { LinkedNames } from '@renderer/db/repositories/names'
import type { DueBucket } from '@shared/domain/due-dates'
import type { FollowUp } from '@shared/schemas'
import { FollowUpRow } from './FollowUpRow'
import type { FollowUpActions } from './useFollowUpActions'

/** Rows shown before « show all »: today's in full up to 25, the other buckets their first 10. */
const shownAtFirst = (bucket: DueBucket) => (bucket === 'today' ? 25 : 10)

interface FollowUpSectionProps {
  bucket: DueBucket
  followUps: FollowUp[]
  names: LinkedNames
  dueLabel: (dueDate: string) => string
  actions: FollowUpActions
}

/** One bucket of the Today screen (overdue, today, this week, later), the first rows then "show all". */
export function FollowUpSection({ bucket, followUps, names, dueLabel, actions }: FollowUpSectionProps) {
  const { t } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  const shown = showAll ? followUps : followUps.slice(0, shownAtFirst(bucket))
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
              names={names}
              dueLabel={dueLabel(f.dueDate)}
              overdue={bucket === 'overdue'}
              actions={actions}
            />
          ))}
        </Stack>
      )}
      {shown.length < followUps.length && (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setShowAll(true)}>
          {t('followUps.showAll', { count: followUps.length })}
        </Button>
      )}
    </SectionCard>
  )
}
