import { Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { ImportProgress } from '@renderer/db/repositories/importRecords'

/** While an import is written: records written so far, all kept or all dropped at the end. */
export function ImportWriteProgress({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const percent = progress.total > 0 ? Math.floor((progress.written / progress.total) * 100) : 0
  return (
    <Stack gap={4} mt="lg">
      <Progress value={percent} aria-label={t('import.writing.label')} animated />
      <Text size="sm" c="dimmed" role="status">
        {t('import.writing.progress', {
          written: format.number(progress.written),
          total: format.number(progress.total)
        })}
      </Text>
    </Stack>
  )
}
