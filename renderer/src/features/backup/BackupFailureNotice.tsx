import { Alert, Anchor, Stack, Text } from '@mantine/core'
import { useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormatters } from '@renderer/hooks/useFormatters'
import {
  backupFailures,
  dismissBackupFailure,
  subscribeBackupStatus,
  type BackupFailure
} from './backupStatus'

/** A failed automatic backup, said at the top of every screen until dismissed or a later one succeeds. */
export function BackupFailureNotice() {
  const { t } = useTranslation()
  const format = useFormatters()
  // A string snapshot: the same failures give the same value, so React renders only on a change
  const snapshot = useSyncExternalStore(subscribeBackupStatus, () => JSON.stringify(backupFailures()))
  const failures = useMemo(() => JSON.parse(snapshot) as BackupFailure[], [snapshot])
  if (failures.length === 0) return null
  return (
    <Stack gap="xs" mb="md">
      {failures.map((failure) => (
        <Alert
          key={failure.kind}
          role="alert"
          color="red"
          title={t(`backup.status.failedTitle.${failure.kind}`)}
          withCloseButton
          closeButtonLabel={t('backup.status.dismiss')}
          onClose={() => dismissBackupFailure(failure.kind)}
        >
          <Text size="sm">
            {t('backup.status.failedBody', {
              date: format.timestamp(failure.at),
              reason: t(failure.reason.key, failure.reason.params)
            })}
          </Text>
          <Anchor component={Link} to="/settings" size="sm">
            {t('backup.status.openSettings')}
          </Anchor>
        </Alert>
      ))}
    </Stack>
  )
}
