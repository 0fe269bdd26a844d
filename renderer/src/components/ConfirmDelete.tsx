import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useShellOnFirstOpening } from '@renderer/hooks/useShellOnFirstOpening'

interface ConfirmDeleteProps {
  opened: boolean
  name: string
  onCancel: () => void
  onConfirm: () => void
}

/** Asks before moving a record to the Trash (from where it can be restored). */
export function ConfirmDelete({ opened, name, onCancel, onConfirm }: ConfirmDeleteProps) {
  const { t } = useTranslation()
  const shell = useShellOnFirstOpening(opened)
  if (!shell.render) return null
  return (
    <Modal opened={shell.opened} onClose={onCancel} title={t('common.deleteTitle', { name })} size="sm">
      <Text size="sm" mb="lg">
        {t('common.deleteExplanation')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} data-autofocus>
          {t('common.moveToTrash')}
        </Button>
      </Group>
    </Modal>
  )
}
