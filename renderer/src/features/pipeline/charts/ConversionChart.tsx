import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { stageConversion } from '@shared/domain/pipeline'
import type { StageChange } from '@shared/schemas'
import { useStages } from '../usePipeline'
import { ChartCard } from '@renderer/components/ChartCard'
import { HorizontalBars } from './HorizontalBars'

/** Share of files that went on from each stage to the next, along the flow. */
export function ConversionChart({ changes }: { changes: StageChange[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { stages, nameOf } = useStages()
  const data = useMemo(
    () =>
      stageConversion(changes, stages)
        .filter((c) => c.rate !== null)
        .map((c) => ({
          step: `${nameOf(c.fromStageId)} → ${nameOf(c.toStageId)}`,
          rate: Math.round((c.rate ?? 0) * 100),
          advanced: c.advanced,
          reached: c.reached
        })),
    [changes, stages, nameOf]
  )
  return (
    <ChartCard
      title={t('pipeline.charts.conversion.title')}
      description={t('pipeline.charts.conversion.description')}
      empty={data.length === 0 ? t('pipeline.charts.noHistory') : undefined}
      rows={data.map((d) => ({
        label: d.step,
        value: t('pipeline.charts.conversion.row', {
          rate: format.percent(d.rate / 100),
          advanced: d.advanced,
          reached: d.reached
        })
      }))}
    >
      <HorizontalBars
        data={data}
        labelKey="step"
        valueKey="rate"
        seriesLabel={t('pipeline.charts.conversion.series')}
        color="orange.5"
        format={(value) => format.percent(value / 100)}
        labelWidth={240}
        domain={[0, 100]}
      />
    </ChartCard>
  )
}
