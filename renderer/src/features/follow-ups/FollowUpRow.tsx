import { ActionIcon, Badge, Group, Stack, Text } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LinkedNames } from '@renderer/db/repositories/names'
import type { FollowUp } from '@shared/schemas'
import { FollowUpMenu } from './FollowUpMenu'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { SnoozeMenu } from './SnoozeMenu'
import type { FollowUpActions } from './useFollowUpActions'

interface FollowUpRowProps {
  followUp: FollowUp
  names: LinkedNames
  dueLabel: string
  overdue: boolean
  actions: FollowUpActions
}

/** One open follow-up on Today: done in one click, snooze in two, the rest in a menu. */
export function FollowUpRow({ followUp, names, dueLabel, overdue, actions }: FollowUpRowProps) {
  const { t } = useTranslation()
  // the note captured with the follow-up, its first line: what to say when calling back
  const noteLine = followUp.notes.trim().split('\n')[0]?.trim()
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="wrap"
      py="xs"
      gap="xs"
      aria-label={followUp.title}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      {/* on a narrow window the date and actions go under the title */}
      <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 280px', minWidth: 0 }}>
        <ActionIcon
          variant="default"
          radius="xl"
          aria-label={t('followUps.actions.markDone', { title: followUp.title })}
          onClick={() => void actions.done(followUp)}
        >
          <IconCheck size={14} aria-hidden />
        </ActionIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} lineClamp={2}>
            {followUp.title}
            {followUp.priority === 'high' && (
              <Badge
                component="span"
                size="xs"
                color="red"
                variant="light"
                ml="xs"
                style={{ verticalAlign: 'middle' }}
              >
                {t('followUps.priority.high')}
              </Badge>
            )}
          </Text>
          {noteLine && (
            <Text size="sm" c="dimmed" truncate="end">
              {noteLine}
            </Text>
          )}
          <LinkedParties
            organizations={[
              followUp.organizationId ? names.organizations.get(followUp.organizationId) : undefined
            ]}
            contacts={[followUp.contactId ? names.contacts.get(followUp.contactId) : undefined]}
          />
        </Stack>
      </Group>
      <Group gap="xs" wrap="nowrap" ml="auto">
        <Text
          size="xs"
          c={overdue ? 'red' : 'dimmed'}
          fw={overdue ? 600 : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {dueLabel}
        </Text>
        <SnoozeMenu followUp={followUp} onReschedule={(date) => void actions.reschedule(followUp, date)} />
        <FollowUpMenu followUp={followUp} actions={actions} />
      </Group>
    </Group>
  )
}
