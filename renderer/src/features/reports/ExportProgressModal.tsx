import { Modal, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { ExportProgress } from '@renderer/platform'

/** Shown while a long export is written (main reports its progress every few thousand rows). */
export function ExportProgressModal({ progress }: { progress: ExportProgress | null }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const written = progress?.written ?? 0
  const total = Math.max(1, progress?.total ?? 1)
  // Small exports finish before anyone could read a progress bar
  const opened = progress !== null && progress.total >= 20_000
  return (
    <Modal
      opened={opened}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('reports.export.exporting')}
      centered
    >
      <Progress value={(written / total) * 100} aria-label={t('reports.export.exporting')} animated />
      <Text size="sm" c="dimmed" mt="xs" role="status">
        {t('reports.export.progress', { written: format.number(written), total: format.number(total) })}
      </Text>
    </Modal>
  )
}
