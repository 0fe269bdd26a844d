import { ActionIcon, Group, Menu, Spoiler, Text } from '@mantine/core'
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LinkedParties } from '@renderer/components/LinkedParties'
import { deleteInteraction, restoreInteraction } from '@renderer/db/repositories/interactions'
import type { LinkedNames } from '@renderer/db/repositories/names'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useUndoable } from '@renderer/hooks/useUndoable'
import type { Interaction } from '@shared/schemas'
import { KIND_ICONS, useQuickLog } from '@renderer/features/interactions'
import { EntryLayout } from './EntryLayout'

interface InteractionEntryProps {
  interaction: Interaction
  names: LinkedNames
  /** The page's own company or contact, not repeated in the entry. */
  selfId: string
}

export function InteractionEntry({ interaction, names, selfId }: InteractionEntryProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const undoable = useUndoable()
  const quickLog = useQuickLog()
  const kind = t(`interactions.kind.${interaction.kind}`)
  const title = interaction.title || kind
  const remove = () =>
    undoable({
      run: async () => {
        await deleteInteraction(interaction.id)
        return () => restoreInteraction(interaction.id)
      },
      done: t('common.movedToTrash', { name: title }),
      undone: t('undo.restored', { name: title })
    })
  const others = (ids: string[]) => ids.filter((id) => id !== selfId)

  return (
    <EntryLayout
      icon={KIND_ICONS[interaction.kind]}
      color="relais"
      label={title}
      actions={
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('interactions.entry.actions', { title })}>
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => quickLog.edit(interaction)}
            >
              {t('common.edit')}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => void remove()}
            >
              {t('common.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      }
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {[
            interaction.title ? kind : '',
            format.timestamp(interaction.occurredAt),
            durationText(interaction, t)
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <LinkedParties
        organizations={others(interaction.organizationIds).map((id) => names.organizations.get(id))}
        contacts={others(interaction.contactIds).map((id) => names.contacts.get(id))}
      />
      {interaction.notes && (
        <Spoiler
          maxHeight={60}
          showLabel={t('interactions.entry.more')}
          hideLabel={t('interactions.entry.less')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {interaction.notes}
          </Text>
        </Spoiler>
      )}
    </EntryLayout>
  )
}

function durationText(
  interaction: Interaction,
  t: (key: string, options: { count: number }) => string
): string {
  return interaction.durationMinutes
    ? t('interactions.entry.minutes', { count: interaction.durationMinutes })
    : ''
}
