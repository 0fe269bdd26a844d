import { Alert, Anchor, Stack, Text } from '@mantine/core'
import { IconPencilExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { listEventDrafts } from '@renderer/db/repositories/eventDrafts'
import { useDbQuery } from '@renderer/db/useDbQuery'

/** « Brouillon non enregistré : 3 rencontres », one click back into event mode; nothing when none. */
export function UnsavedEventDrafts({ eventId, named = true }: { eventId?: string; named?: boolean }) {
  const { t } = useTranslation()
  const drafts = (useDbQuery(listEventDrafts, []).data ?? []).filter(
    (d) => eventId === undefined || d.eventId === eventId
  )
  if (drafts.length === 0) return null
  return (
    <Stack gap="xs" mb="md">
      {drafts.map((draft) => (
        <Alert
          key={draft.eventId}
          color="orange"
          variant="light"
          icon={<IconPencilExclamation size={18} aria-hidden />}
          role="status"
        >
          <Text size="sm">
            {t('forms.draft.unsaved', { count: draft.encounters })}
            {named && ` · ${draft.eventName}`}{' '}
            <Anchor component={Link} to={`/events/${draft.eventId}/capture`} size="sm" fw={600}>
              {t('forms.draft.resume')}
            </Anchor>
          </Text>
        </Alert>
      ))}
    </Stack>
  )
}
