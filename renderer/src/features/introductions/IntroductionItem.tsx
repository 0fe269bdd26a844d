import { Group, Stack, Text } from '@mantine/core'
import { EditDeleteMenu } from '@renderer/components/EditDeleteMenu'
import { useTranslation } from 'react-i18next'
import { deleteIntroduction, restoreIntroduction } from '@renderer/db/repositories/introductions'
import type { IntroductionNames } from '@renderer/db/repositories/introductionViews'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useUndoable } from '@renderer/hooks/useUndoable'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Introduction } from '@shared/schemas'
import { IntroductionBadges } from './IntroductionBadges'
import { IntroductionPeople, introductionNamesText } from './IntroductionPeople'

interface IntroductionItemProps {
  introduction: Introduction
  names: IntroductionNames
  onEdit: (introduction: Introduction) => void
}

/** One introduction in a card: who, why, where it stands, what came of it; edit or delete. */
export function IntroductionItem({ introduction, names, onEdit }: IntroductionItemProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const undoable = useUndoable()
  const [a, b] = introductionNamesText(introduction, names)
  const label = t('introductions.connections.with', { a, b })
  const requester = introduction.requestedBy ? names.contacts.get(introduction.requestedBy) : undefined
  const remove = () =>
    undoable({
      run: async () => {
        await deleteIntroduction(introduction.id)
        return () => restoreIntroduction(introduction.id)
      },
      done: t('common.movedToTrash', { name: label }),
      undone: t('undo.restored', { name: label })
    })
  const details = [
    format.date(introduction.madeAt),
    introduction.eventId ? names.events.get(introduction.eventId)?.name : '',
    requester ? t('introductions.connections.requestedBy', { name: contactDisplayName(requester) }) : ''
  ].filter(Boolean)

  return (
    <Group
      component="li"
      aria-label={label}
      align="flex-start"
      wrap="nowrap"
      py="xs"
      gap="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <IntroductionPeople introduction={introduction} names={names} />
        <IntroductionBadges introduction={introduction} />
        {introduction.reason && <Text size="sm">{introduction.reason}</Text>}
        {introduction.outcomeNote && (
          <Text size="sm" fs="italic">
            {introduction.outcomeNote}
          </Text>
        )}
        {details.length > 0 && (
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        )}
      </Stack>
      <EditDeleteMenu
        label={t('introductions.connections.actions', { name: label })}
        onEdit={() => onEdit(introduction)}
        onDelete={() => void remove()}
      />
    </Group>
  )
}
