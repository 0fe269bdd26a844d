import { Badge, Text } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { RowList } from '@renderer/components/RowList'
import { RowListItem } from '@renderer/components/RowListItem'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { FollowUp, Interaction } from '@shared/schemas'

interface OpportunityActivityProps {
  interactions: Interaction[]
  followUps: FollowUp[]
  onLogMeeting: () => void
}

/** Meetings, calls and follow-ups recorded about this file, newest first. */
export function OpportunityActivity({ interactions, followUps, onLogMeeting }: OpportunityActivityProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <SectionCard
      title={t('pipeline.page.activity', { count: interactions.length + followUps.length })}
      actions={
        <SectionButton icon={IconMessagePlus} onClick={onLogMeeting}>
          {t('pipeline.page.logMeeting')}
        </SectionButton>
      }
    >
      <RowList empty={t('pipeline.page.noActivity')} count={interactions.length + followUps.length}>
        {followUps.map((f) => (
          <RowListItem key={f.id} gap="sm">
            <Badge color={f.status === 'open' ? 'orange' : 'gray'} variant="light">
              {t(`pipeline.page.followUp.${f.status}`)}
            </Badge>
            <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
              {f.title}
            </Text>
            <Text size="xs" c="dimmed">
              {format.date(f.dueDate)}
            </Text>
          </RowListItem>
        ))}
        {interactions.map((i) => (
          <RowListItem key={i.id} gap="sm">
            <Badge color="relais" variant="light">
              {t(`interactions.kind.${i.kind}`)}
            </Badge>
            <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
              {i.title || i.notes}
            </Text>
            <Text size="xs" c="dimmed">
              {format.timestamp(i.occurredAt)}
            </Text>
          </RowListItem>
        ))}
      </RowList>
    </SectionCard>
  )
}
