import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { averageDaysPerStage } from '@shared/domain/pipeline'
import type { StageChange } from '@shared/schemas'
import { useStages } from '../usePipeline'
import { ChartCard } from '@renderer/components/ChartCard'
import { HorizontalBars } from './HorizontalBars'

/** Average days a file spends in each stage, from the stage history. */
export function StageDaysChart({ changes }: { changes: StageChange[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { stages, nameOf } = useStages()
  const data = useMemo(
    () =>
      averageDaysPerStage(changes, stages).map((d) => ({
        stage: nameOf(d.stageId),
        days: Math.round(d.averageDays * 10) / 10,
        stays: d.stays
      })),
    [changes, stages, nameOf]
  )
  const days = (value: number) =>
    t('pipeline.charts.days.value', { count: value, formatted: format.number(value) })
  return (
    <ChartCard
      title={t('pipeline.charts.days.title')}
      description={t('pipeline.charts.days.description')}
      empty={data.length === 0 ? t('pipeline.charts.noHistory') : undefined}
      rows={data.map((d) => ({ label: d.stage, value: days(d.days) }))}
    >
      <HorizontalBars
        data={data}
        labelKey="stage"
        valueKey="days"
        seriesLabel={t('pipeline.charts.days.series')}
        color="grape.5"
        format={days}
        labelWidth={150}
      />
    </ChartCard>
  )
}
