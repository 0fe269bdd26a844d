import { Alert, Button, Checkbox, Group, List, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BACKUP_TABLES } from '@shared/backup/format'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { RestorePreview } from './backupService'

interface RestoreConfirmModalProps {
  preview: RestorePreview | null
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

/** What the checked backup holds, what it would empty, and what it links to but lacks. */
function RestoreDetails({
  preview,
  onEmptyAccepted
}: {
  preview: RestorePreview
  onEmptyAccepted: (accepted: boolean) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { backup, emptied, unresolved } = preview
  const tables = BACKUP_TABLES.filter((name) => backup.tables[name].length > 0)
  return (
    <>
      <Text size="sm" mb="xs">
        {t('backup.confirm.body', { date: format.timestamp(backup.exportedAt), version: backup.appVersion })}
      </Text>
      <List size="sm" mb="sm" spacing={2}>
        {tables.map((name) => (
          <List.Item key={name}>
            {t(`backup.tables.${name}`)} : {format.number(backup.tables[name].length)}
          </List.Item>
        ))}
      </List>
      {emptied.length > 0 && (
        <Alert color="red" mb="sm" title={t('backup.confirm.emptiedTitle')}>
          <List size="sm" spacing={2} aria-label={t('backup.confirm.emptiedTitle')}>
            {emptied.map(({ table, current, absent }) => (
              <List.Item key={table}>
                {t(absent ? 'backup.confirm.emptiedAbsent' : 'backup.confirm.emptiedEmpty', {
                  table: t(`backup.tables.${table}`),
                  count: current,
                  formatted: format.number(current)
                })}
              </List.Item>
            ))}
          </List>
          <Checkbox
            mt="sm"
            label={t('backup.confirm.emptiedAccept')}
            onChange={(event) => onEmptyAccepted(event.currentTarget.checked)}
          />
        </Alert>
      )}
      {unresolved.total > 0 && (
        <Alert
          color="yellow"
          mb="sm"
          title={t('backup.confirm.unresolvedTitle', { count: unresolved.total })}
        >
          <List size="sm" spacing={2}>
            {unresolved.links.map((link, i) => (
              <List.Item key={i}>
                {t(`backup.confirm.unresolved.${link.target}`, {
                  table: t(`backup.tables.${link.table}`),
                  label: link.label
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <RestoreRepairs preview={preview} />
    </>
  )
}

/** What an older version wrote that today's rules refuse: how the restore repairs or keeps it. */
function RestoreRepairs({ preview }: { preview: RestorePreview }) {
  const { t } = useTranslation()
  const { websites, sharedNeqs } = preview.backup.repairs
  return (
    <>
      {websites.length > 0 && (
        <Alert color="yellow" mb="sm" title={t('backup.confirm.websitesTitle', { count: websites.length })}>
          <List size="sm" spacing={2}>
            {websites.map(({ label, website }, i) => (
              <List.Item key={i}>{t('backup.confirm.website', { label, website })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {sharedNeqs.length > 0 && (
        <Alert
          color="yellow"
          mb="sm"
          title={t('backup.confirm.sharedNeqsTitle', { count: sharedNeqs.length })}
        >
          <List size="sm" spacing={2}>
            {sharedNeqs.map(({ neq, holder, taker }, i) => (
              <List.Item key={i}>
                {t('backup.confirm.sharedNeq', { neq, first: holder, second: taker })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  )
}

/** The restore, confirmed by the person; tables it would empty need their explicit agreement. */
export function RestoreConfirmModal({ preview, busy, onCancel, onConfirm }: RestoreConfirmModalProps) {
  const { t } = useTranslation()
  const [emptyAccepted, setEmptyAccepted] = useState(false)
  const mustAccept = (preview?.emptied.length ?? 0) > 0
  const close = () => {
    setEmptyAccepted(false)
    onCancel()
  }
  return (
    <Modal opened={preview !== null} onClose={close} title={t('backup.confirm.title')}>
      {preview && (
        <>
          <RestoreDetails preview={preview} onEmptyAccepted={setEmptyAccepted} />
          <Text size="sm" c="dimmed" mb="lg">
            {t('backup.confirm.safety')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              disabled={mustAccept && !emptyAccepted}
              onClick={() => {
                setEmptyAccepted(false)
                onConfirm()
              }}
              data-autofocus
            >
              {t('backup.confirm.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  )
}
