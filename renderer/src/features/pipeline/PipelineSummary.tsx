import { Group, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { totalsOf } from '@shared/domain/pipeline'
import type { BoardCard } from '@shared/schemas'
import { useStages } from './usePipeline'

/** "12 open files · 8 450 000 $ · weighted 3 200 000 $": the pipeline at a glance. */
export function PipelineSummary({ files }: { files: BoardCard[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { byId } = useStages()
  const open = useMemo(
    () =>
      totalsOf(
        files.filter((f) => byId.get(f.stageId)?.kind === 'open'),
        byId
      ),
    [files, byId]
  )
  return (
    <Group gap="md" component="span" wrap="wrap">
      <Text span size="sm" c="dimmed">
        {t('pipeline.summary.open', { count: open.count, formatted: format.number(open.count) })}
      </Text>
      <Text span size="sm" c="dimmed">
        {t('pipeline.summary.total', { amount: format.money(open.totalCents) })}
      </Text>
      <Text span size="sm" c="dimmed">
        {t('pipeline.summary.weighted', { amount: format.money(open.weightedCents) })}
      </Text>
    </Group>
  )
}
