import { ActionIcon, Group, Modal, Stack, Text, Tooltip } from '@mantine/core'
import { IconPencil, IconPin, IconPinnedOff, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedView } from '@shared/schemas'
import { SaveViewModal } from './SaveViewModal'
import { useSavedViewActions } from './useSavedViewActions'

interface ManageViewsModalProps {
  views: SavedView[]
  onClose: () => void
}

/** Rename, pin or unpin, and delete the saved views of a list. */
export function ManageViewsModal({ views, onClose }: ManageViewsModalProps) {
  const { t } = useTranslation()
  const [renaming, setRenaming] = useState<SavedView | null>(null)
  const actions = useSavedViewActions(views[0]?.scope ?? 'companies')
  if (renaming) {
    return (
      <SaveViewModal
        title={t('savedViews.renameTitle')}
        initial={{ name: renaming.name, pinned: renaming.pinned }}
        onSave={(values) => actions.rename(renaming, values)}
        saved={(values) => t('savedViews.renamed', { name: values.name })}
        onClose={() => setRenaming(null)}
      />
    )
  }
  return (
    <Modal opened onClose={onClose} title={t('savedViews.manage')}>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {views.length === 0 && <Text c="dimmed">{t('savedViews.none')}</Text>}
        {views.map((view) => (
          <Group key={view.id} component="li" justify="space-between" wrap="nowrap" aria-label={view.name}>
            <Text truncate>{view.name}</Text>
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t(view.pinned ? 'savedViews.unpin' : 'savedViews.pin')}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t(view.pinned ? 'savedViews.unpinNamed' : 'savedViews.pinNamed', {
                    name: view.name
                  })}
                  aria-pressed={view.pinned}
                  onClick={() => void actions.togglePin(view)}
                >
                  {view.pinned ? <IconPinnedOff size={16} /> : <IconPin size={16} />}
                </ActionIcon>
              </Tooltip>
              <ActionIcon
                variant="subtle"
                aria-label={t('savedViews.renameNamed', { name: view.name })}
                onClick={() => setRenaming(view)}
              >
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('savedViews.deleteNamed', { name: view.name })}
                onClick={() => void actions.remove(view)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
    </Modal>
  )
}
