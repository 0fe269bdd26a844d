import { Button, List, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BACKUP_KINDS, KEEP_AUTOMATIC_BACKUPS, KEEP_PRE_MIGRATION_BACKUPS } from '@shared/backup/limits'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { getPlatform, type BackupEntry } from '@renderer/platform'

function megabytes(bytes: number, language: 'fr' | 'en'): string {
  const unit = { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 } as const
  return new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', unit).format(bytes / 1_000_000)
}

/** The date of the newest backup of each kind (entries come newest first), or « none yet ». */
function LastGoodBackups({ entries }: { entries: BackupEntry[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <List size="sm" mb="sm" spacing={2} aria-label={t('backup.status.lastGood')}>
      {BACKUP_KINDS.map((kind) => {
        const newest = entries.find((e) => e.kind === kind)
        return (
          <List.Item key={kind}>
            {t('backup.status.lastGoodOf', {
              kind: t(`backup.auto.kinds.${kind}`),
              date: newest ? format.timestamp(newest.createdAt) : t('backup.status.never')
            })}
          </List.Item>
        )
      })}
    </List>
  )
}

/** The desktop app's automatic backups, newest first, each restorable. */
export function AutomaticBackups({ onRestore, busy }: { onRestore: (name: string) => void; busy: boolean }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const store = getPlatform().backups
  const [entries, setEntries] = useState<BackupEntry[] | null>(null)
  useEffect(() => {
    if (!store) return
    let current = true
    store.list().then(
      (list) => current && setEntries(list),
      () => current && setEntries([])
    )
    return () => {
      current = false
    }
  }, [store, busy])

  if (!store)
    return (
      <Text size="sm" c="dimmed">
        {t('backup.auto.browser')}
      </Text>
    )
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.auto.description', {
          count: KEEP_AUTOMATIC_BACKUPS,
          preMigration: KEEP_PRE_MIGRATION_BACKUPS
        })}
      </Text>
      {entries && <LastGoodBackups entries={entries} />}
      {entries?.length === 0 && <Text size="sm">{t('backup.auto.empty')}</Text>}
      {entries && entries.length > 0 && (
        <Table aria-label={t('backup.auto.list')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.auto.date')}</Table.Th>
              <Table.Th>{t('backup.auto.kind')}</Table.Th>
              <Table.Th>{t('backup.auto.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.name}>
                <Table.Td>{format.timestamp(entry.createdAt)}</Table.Td>
                <Table.Td>{t(`backup.auto.kinds.${entry.kind}`)}</Table.Td>
                <Table.Td>{megabytes(entry.bytes, format.language)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="default"
                    disabled={busy}
                    aria-label={t('backup.auto.restoreLabel', { date: format.timestamp(entry.createdAt) })}
                    onClick={() => onRestore(entry.name)}
                  >
                    {t('backup.auto.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  )
}
