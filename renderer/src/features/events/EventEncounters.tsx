import { Button, Stack, Text } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { SectionCard } from '@renderer/components/SectionCard'
import type { EventDetail } from '@renderer/db/repositories/events'
import { useQuickLog } from '@renderer/features/interactions'
import { formatTime } from '@shared/domain/dates'
import { useFormatters } from '@renderer/hooks/useFormatters'

/** Everyone met at the event: one line per interaction logged there, with its note. */
export function EventEncounters({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const quickLog = useQuickLog()
  const { interactions, contacts, organizations } = detail
  return (
    <SectionCard
      title={t('events.page.met', { count: interactions.length })}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconMessagePlus size={14} aria-hidden />}
          onClick={() => quickLog.open({ eventId: detail.event.id, kind: 'event-encounter' })}
        >
          {t('events.page.logMeeting')}
        </Button>
      }
    >
      {interactions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('events.page.noneMet')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {interactions.map((i) => (
            <Stack
              component="li"
              key={i.id}
              gap={2}
              py="xs"
              aria-label={i.contactIds.map((id) => contacts.get(id)?.firstName ?? '').join(', ')}
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <LinkedParties
                contacts={i.contactIds.map((id) => contacts.get(id))}
                organizations={i.organizationIds.map((id) => organizations.get(id))}
              />
              <Text size="sm">
                {i.kind === 'event-encounter' ? '' : `${t(`interactions.kind.${i.kind}`)} · `}
                {i.notes}
              </Text>
              <Text size="xs" c="dimmed">
                {formatTime(i.occurredAt, language)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}
