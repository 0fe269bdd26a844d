import { Grid, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { UnsavedEventDrafts } from '@renderer/components/UnsavedEventDrafts'
import { listOpenFollowUpsWithNames } from '@renderer/db/repositories/followUps'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatLongDate } from '@shared/domain/dates'
import { DUE_BUCKETS, groupByDueBucket } from '@shared/domain/due-dates'
import { FollowUpSection, firstRows } from './FollowUpSection'
import { NoFollowUps } from './NoFollowUps'
import { RelationshipsToReach } from './RelationshipsToReach'
import { useDueLabel } from './useDueLabel'
import { useFollowUpActions } from './useFollowUpActions'
import { useToday } from '@renderer/hooks/useToday'

/** The home screen: follow-ups overdue, due today, this week and later, companies flagged at risk and relationships to revive. */
export function TodayScreen() {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const today = useToday()
  const dueLabel = useDueLabel(today)
  const actions = useFollowUpActions()
  const { data, isLoading, error } = useDbQuery(
    () => listOpenFollowUpsWithNames((all) => firstRows(all, today)),
    [today]
  )
  const buckets = useMemo(() => (data ? groupByDueBucket(data.followUps, today) : null), [data, today])

  if (error) return <ErrorState error={error} />
  if (isLoading || !data || !buckets) return <LoadingState />

  return (
    <>
      <PageHeader
        title={t('followUps.today.title')}
        subtitle={`${formatLongDate(today, language)} · ${t('followUps.today.summary', {
          count: buckets.today.length,
          overdue: buckets.overdue.length
        })}`}
      />
      <UnsavedEventDrafts />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            {data.followUps.length === 0 && <NoFollowUps />}
            {data.followUps.length > 0 &&
              DUE_BUCKETS.map((bucket) => (
                <FollowUpSection
                  key={bucket}
                  bucket={bucket}
                  followUps={buckets[bucket]}
                  names={data}
                  dueLabel={dueLabel}
                  actions={actions}
                />
              ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <RelationshipsToReach today={today} />
        </Grid.Col>
      </Grid>
    </>
  )
}
