import { Button, Divider, Group, Title } from '@mantine/core'
import { IconDatabaseExport, IconLock, IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { SettingRow } from '@renderer/components/SettingRow'
import { AutomaticBackups } from './AutomaticBackups'
import { PassphraseModal } from './PassphraseModal'
import { RestoreConfirmModal } from './RestoreConfirmModal'
import { useBackupActions } from './useBackupActions'

/** Settings section: export a backup, restore one from a file or from the automatic ones. */
export function BackupSettings() {
  const { t } = useTranslation()
  const actions = useBackupActions()
  return (
    <SectionCard title={t('backup.title')}>
      <SettingRow
        title={t('backup.export.title')}
        description={t('backup.export.description')}
        control={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDatabaseExport size={16} aria-hidden />}
              loading={actions.busy}
              onClick={() => void actions.exportBackup()}
            >
              {t('backup.export.button')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconLock size={16} aria-hidden />}
              disabled={actions.busy}
              onClick={actions.askPassphrase}
            >
              {t('backup.encrypt.button')}
            </Button>
          </Group>
        }
      />
      <SettingRow
        title={t('backup.restore.title')}
        description={t('backup.restore.description')}
        control={
          <Button
            variant="default"
            leftSection={<IconRestore size={16} aria-hidden />}
            disabled={actions.busy}
            onClick={() => void actions.checkFile()}
          >
            {t('backup.restore.button')}
          </Button>
        }
      />
      <Divider my="sm" />
      <Title order={4} size="h5" mb={4}>
        {t('backup.auto.title')}
      </Title>
      <AutomaticBackups busy={actions.busy} onRestore={(name) => void actions.checkAutomatic(name)} />
      <PassphraseModal
        mode={actions.passphraseMode}
        busy={actions.busy}
        onCancel={actions.cancelPassphrase}
        onSubmit={(passphrase) => void actions.submitPassphrase(passphrase)}
      />
      <RestoreConfirmModal
        preview={actions.pending}
        busy={actions.busy}
        onCancel={actions.cancelRestore}
        onConfirm={() => void actions.confirmRestore()}
      />
    </SectionCard>
  )
}
