import { Anchor, Badge, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '@renderer/components/VirtualTable'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { PipelineOrganization, PipelineRow } from '@shared/domain/pipeline-filters'
import { STAGE_KIND_COLORS } from '../constants'
import { useStages } from '../usePipeline'

const amount = (text: string) => (
  <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
    {text}
  </Text>
)

export function usePipelineColumns(
  organizations: ReadonlyMap<string, PipelineOrganization>
): Column<PipelineRow>[] {
  const { t } = useTranslation()
  const format = useFormatters()
  const { byId, nameOf } = useStages()
  return useMemo(
    () => [
      {
        key: 'title',
        header: t('pipeline.fields.title'),
        width: 'minmax(180px, 2fr)',
        sortable: true,
        render: (r) => (
          <Anchor component={Link} to={`/pipeline/${r.file.id}`} fw={600} size="sm">
            {r.file.title}
          </Anchor>
        )
      },
      {
        key: 'company',
        header: t('pipeline.fields.company'),
        width: 'minmax(150px, 1.4fr)',
        sortable: true,
        render: (r) => (
          <Anchor component={Link} to={`/companies/${r.file.organizationId}`} size="sm" c="inherit">
            {r.company}
          </Anchor>
        )
      },
      {
        key: 'product',
        header: t('pipeline.fields.product'),
        width: 'minmax(120px, 1fr)',
        sortable: true,
        render: (r) => t(`enums.product.${r.file.product}`)
      },
      {
        key: 'stage',
        header: t('pipeline.fields.stage'),
        width: 'minmax(160px, 1.2fr)',
        sortable: true,
        render: (r) => (
          <Badge
            color={STAGE_KIND_COLORS[byId.get(r.file.stageId)?.kind ?? 'hold']}
            variant="light"
            tt="none"
          >
            {nameOf(r.file.stageId) || t('pipeline.board.unknownStage')}
          </Badge>
        )
      },
      {
        key: 'amount',
        header: t('pipeline.fields.amount'),
        width: 'minmax(100px, 1fr)',
        sortable: true,
        render: (r) => amount(format.money(r.amountCents))
      },
      {
        key: 'weighted',
        header: t('pipeline.fields.weightedShort'),
        width: 'minmax(100px, 1fr)',
        sortable: true,
        render: (r) => amount(format.money(r.weightedCents))
      },
      {
        key: 'expectedCloseDate',
        header: t('pipeline.fields.expectedCloseDateShort'),
        width: 'minmax(112px, 0.9fr)',
        sortable: true,
        render: (r) => format.date(r.file.expectedCloseDate)
      },
      {
        key: 'partners',
        header: t('pipeline.fields.partners'),
        width: 'minmax(110px, 1fr)',
        render: (r) =>
          r.file.funderIds
            .map((id) => organizations.get(id)?.name ?? '')
            .filter(Boolean)
            .join(', ')
      }
    ],
    [t, format, byId, nameOf, organizations]
  )
}
