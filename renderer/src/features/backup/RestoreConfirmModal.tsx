import { Button, Group, List, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { BACKUP_TABLES, type Backup } from '@shared/backup/format'
import { useFormatters } from '@renderer/hooks/useFormatters'

interface RestoreConfirmModalProps {
  backup: Backup | null
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

/** What the checked backup holds, before it replaces everything. */
export function RestoreConfirmModal({ backup, busy, onCancel, onConfirm }: RestoreConfirmModalProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const tables = backup ? BACKUP_TABLES.filter((name) => backup.tables[name].length > 0) : []
  return (
    <Modal opened={backup !== null} onClose={onCancel} title={t('backup.confirm.title')}>
      {backup && (
        <>
          <Text size="sm" mb="xs">
            {t('backup.confirm.body', {
              date: format.timestamp(backup.exportedAt),
              version: backup.appVersion
            })}
          </Text>
          <List size="sm" mb="sm" spacing={2}>
            {tables.map((name) => (
              <List.Item key={name}>
                {t(`backup.tables.${name}`)} : {format.number(backup.tables[name].length)}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed" mb="lg">
            {t('backup.confirm.safety')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={onConfirm} data-autofocus>
              {t('backup.confirm.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  )
}
