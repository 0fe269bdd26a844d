import { Grid, Stack } from '@mantine/core'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { UnsavedEventDrafts } from '@renderer/components/UnsavedEventDrafts'
import { listOpenFollowUpsWithNames } from '@renderer/db/repositories/followUps'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatLongDate } from '@shared/domain/dates'
import { DUE_BUCKETS, groupByDueBucket, type DueBucket } from '@shared/domain/due-dates'
import type { FollowUp } from '@shared/schemas'
import { useIdleAfter } from '@renderer/hooks/useIdleAfter'
import { usePaintedOnce } from '@renderer/hooks/usePaintedOnce'
import { FollowUpSection, firstRows, shownAtFirst } from './FollowUpSection'
import { NoFollowUps } from './NoFollowUps'
import { RelationshipsToReach } from './RelationshipsToReach'
import { useSideCardsQuery } from './sideCardsReads'
import { useDueLabel } from './useDueLabel'
import { useFollowUpActions } from './useFollowUpActions'
import { useToday } from '@renderer/hooks/useToday'

/** Rows rendered with the screen itself, about a screenful; the others follow once it is painted. */
const FIRST_PAINT_ROWS = 10

/** The longest the rows beyond the first screenful wait for an idle moment after the first paint. */
const ALL_ROWS_WITHIN_MS = 1000

/** The buckets to render, each with how many rows it may show now (undefined: all it shows at first). */
function firstScreenful(
  buckets: Record<DueBucket, FollowUp[]>,
  all: boolean
): [DueBucket, number | undefined][] {
  if (all) return DUE_BUCKETS.map((bucket) => [bucket, undefined])
  let left = FIRST_PAINT_ROWS
  return DUE_BUCKETS.flatMap((bucket): [DueBucket, number][] => {
    if (left <= 0) return []
    const rows = left
    left -= Math.max(1, Math.min(shownAtFirst(bucket), buckets[bucket].length))
    return [[bucket, rows]]
  })
}

/** The home screen: follow-ups overdue, due today, this week and later, companies flagged at risk and relationships to revive. */
export function TodayScreen() {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const today = useToday()
  const dueLabel = useDueLabel(today)
  const actions = useFollowUpActions()
  const sideReads = useSideCardsQuery(today)
  const { data, isLoading, error } = useDbQuery(
    () => listOpenFollowUpsWithNames((all) => firstRows(all, today)),
    [today]
  )
  useEffect(() => {
    // the Companies list, the screen most opened next: its code loads while Today waits on its reads
    // (the page's thread is idle then), not on the list's first opening (which it made ~60 ms slower)
    void import('@renderer/features/organizations').then((m) => m.preloadOrganizationsListCode())
  }, [])
  const buckets = useMemo(() => (data ? groupByDueBucket(data.followUps, today) : null), [data, today])
  // the side cards' reads: a navigation here started them already; at start, once the follow-ups
  // are read (so they do not compete with them)
  const followUpsRead = buckets !== null
  useEffect(() => {
    if (followUpsRead) sideReads.start()
  }, [followUpsRead, sideReads])
  // the side cards show in the first screenful too: they render in the frame after the follow-ups'
  // first paint (a person who opens a row at once does not wait for them), the rows below it after
  const painted = usePaintedOnce(followUpsRead)
  const allRows = useIdleAfter(painted, ALL_ROWS_WITHIN_MS)
  useEffect(() => {
    // a row opens its company: that page's code comes now, not on the first click (a dynamic
    // import, so Today's own code stays as small)
    if (allRows) void import('@renderer/features/organizations').then((m) => m.preloadOrganizationScreen())
  }, [allRows])

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
          {/* busy until the rows beyond the first screenful are rendered: a reader waits for all */}
          <Stack gap="lg" aria-busy={!allRows || undefined}>
            {data.followUps.length === 0 && <NoFollowUps />}
            {data.followUps.length > 0 &&
              firstScreenful(buckets, allRows).map(([bucket, limit]) => (
                <FollowUpSection
                  key={bucket}
                  bucket={bucket}
                  followUps={buckets[bucket]}
                  names={data}
                  dueLabel={dueLabel}
                  actions={actions}
                  firstPaintLimit={limit}
                />
              ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          {painted && <RelationshipsToReach query={sideReads} all={allRows} />}
        </Grid.Col>
      </Grid>
    </>
  )
}
