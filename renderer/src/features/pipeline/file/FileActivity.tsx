import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { FollowUp, Interaction } from '@shared/schemas'

interface FileActivityProps {
  interactions: Interaction[]
  followUps: FollowUp[]
  onLogMeeting: () => void
}

const rowStyle = { borderBottom: '1px solid var(--mantine-color-default-border)' }

/** Meetings, calls and follow-ups recorded about this file, newest first. */
export function FileActivity({ interactions, followUps, onLogMeeting }: FileActivityProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <SectionCard
      title={t('pipeline.page.activity', { count: interactions.length + followUps.length })}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMessagePlus size={14} aria-hidden />}
          onClick={onLogMeeting}
        >
          {t('pipeline.page.logMeeting')}
        </Button>
      }
    >
      {interactions.length + followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pipeline.page.noActivity')}
        </Text>
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {followUps.map((f) => (
            <Group key={f.id} component="li" py="xs" gap="sm" wrap="nowrap" style={rowStyle}>
              <Badge color={f.status === 'open' ? 'orange' : 'gray'} variant="light">
                {t(`pipeline.page.followUp.${f.status}`)}
              </Badge>
              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                {f.title}
              </Text>
              <Text size="xs" c="dimmed">
                {format.date(f.dueDate)}
              </Text>
            </Group>
          ))}
          {interactions.map((i) => (
            <Group key={i.id} component="li" py="xs" gap="sm" wrap="nowrap" style={rowStyle}>
              <Badge color="relais" variant="light">
                {t(`interactions.kind.${i.kind}`)}
              </Badge>
              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                {i.title || i.notes}
              </Text>
              <Text size="xs" c="dimmed">
                {format.timestamp(i.occurredAt)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}
