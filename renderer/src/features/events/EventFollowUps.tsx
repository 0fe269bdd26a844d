import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { SectionCard } from '@renderer/components/SectionCard'
import type { EventDetail } from '@renderer/db/repositories/events'
import { useFollowUpActions } from '@renderer/features/follow-ups'
import { useToday } from '@renderer/hooks/useToday'
import { FollowUpEntry } from '@renderer/features/timeline'

/** The follow-ups promised at the event and where each stands (open, done, cancelled, overdue). */
export function EventFollowUps({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation()
  const today = useToday()
  const actions = useFollowUpActions()
  const { followUps, contacts, organizations } = detail
  return (
    <SectionCard title={t('events.page.followUps', { count: followUps.length })}>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('events.page.noFollowUps')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {followUps.map((f) => (
            <FollowUpEntry key={f.id} followUp={f} today={today} actions={actions}>
              <LinkedParties
                contacts={[f.contactId ? contacts.get(f.contactId) : undefined]}
                organizations={[f.organizationId ? organizations.get(f.organizationId) : undefined]}
              />
            </FollowUpEntry>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}
