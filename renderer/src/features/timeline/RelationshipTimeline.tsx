import { Button, Stack, Text } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFollowUpActions } from '@renderer/features/follow-ups'
import { useToday } from '@renderer/hooks/useToday'
import { useQuickLog } from '@renderer/features/interactions'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { usePaintedOnce } from '@renderer/hooks/usePaintedOnce'
import { firstEntries } from '@shared/domain/timeline'
import { TimelineMonthBlock } from './TimelineMonthBlock'
import { useStageNames, useTimeline, type TimelineParty } from './useTimeline'

/** Entries rendered at first and added by each "show more": a busy company has 400. */
const PAGE = 40
/** Entries rendered with the page itself; the rest of the first page follows once it is painted. */
const FIRST_SCREEN = 10

interface RelationshipTimelineProps {
  party: TimelineParty
  id: string
}

/** A company's or a contact's whole story: meetings, follow-ups, stage changes, by month. */
export function RelationshipTimeline({ party, id }: RelationshipTimelineProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const quickLog = useQuickLog()
  const today = useToday()
  const actions = useFollowUpActions()
  const stageName = useStageNames(language)
  const [limit, setLimit] = useState(PAGE)
  const { data, months, isLoading, error } = useTimeline(party, id)
  const total = months.reduce((sum, m) => sum + m.entries.length, 0)
  const painted = usePaintedOnce(data !== undefined)
  const shown = painted ? limit : Math.min(limit, FIRST_SCREEN)
  const logHere = () =>
    quickLog.open(party === 'organization' ? { organizationIds: [id] } : { contactIds: [id] })

  return (
    <SectionCard
      title={t('timeline.title', { count: total })}
      actions={
        <SectionButton icon={IconMessagePlus} onClick={logHere}>
          {t('interactions.quickLog.button')}
        </SectionButton>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : isLoading || !data ? (
        <LoadingState />
      ) : total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {firstEntries(months, shown).map((month) => (
            <TimelineMonthBlock
              key={month.month}
              month={month}
              names={data}
              selfId={id}
              today={today}
              actions={actions}
              stageName={stageName}
            />
          ))}
          {shown < total && painted && (
            <Button variant="subtle" size="xs" onClick={() => setLimit(limit + PAGE)}>
              {t('timeline.showMore', { count: Math.min(PAGE, total - limit), total: total - limit })}
            </Button>
          )}
        </Stack>
      )}
    </SectionCard>
  )
}
