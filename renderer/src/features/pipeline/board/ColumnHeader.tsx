import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { Totals } from '@shared/domain/pipeline'
import type { PipelineStage } from '@shared/schemas'
import { STAGE_KIND_COLORS } from '../constants'

/** The stage's name, its number of files, their total and their probability-weighted total. */
export function ColumnHeader({
  id,
  name,
  kind,
  totals
}: {
  id: string
  name: string
  kind: PipelineStage['kind']
  totals: Totals
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <Stack gap={2} px={4} pb="xs">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Title order={3} size="h6" id={id} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Title>
        <Badge
          color={STAGE_KIND_COLORS[kind]}
          variant="light"
          // the count stays whole when a long stage name takes two lines
          style={{ flexShrink: 0, overflow: 'visible' }}
          aria-label={t('pipeline.board.count', { count: totals.count })}
        >
          {format.number(totals.count)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('pipeline.board.total', { amount: format.money(totals.totalCents) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('pipeline.board.weighted', { amount: format.money(totals.weightedCents) })}
      </Text>
    </Stack>
  )
}
