import { BarChart } from '@mantine/charts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatCentsCompact } from '@shared/domain/money'
import { groupByStage, totalsOf } from '@shared/domain/pipeline'
import type { Opportunity } from '@shared/schemas'
import { useStages } from '../usePipeline'
import { ChartCard } from '@renderer/components/ChartCard'

/** Open and on-hold files by stage: total and probability-weighted value. */
export function StageValueChart({ files }: { files: Opportunity[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { stages, byId } = useStages()
  const data = useMemo(() => {
    const groups = groupByStage(files, stages)
    return stages
      .filter((s) => s.kind === 'open' || s.kind === 'hold')
      .map((stage) => {
        const totals = totalsOf(groups.byStage.get(stage.id) ?? [], byId)
        return {
          stage: stage[format.language],
          total: totals.totalCents / 100,
          weighted: totals.weightedCents / 100
        }
      })
  }, [files, stages, byId, format.language])
  const money = (dollars: number) => format.money(Math.round(dollars * 100))
  return (
    <ChartCard
      title={t('pipeline.charts.value.title')}
      description={t('pipeline.charts.value.description')}
      rows={data.map((d) => ({
        label: d.stage,
        value: `${money(d.total)} · ${t('pipeline.board.weighted', { amount: money(d.weighted) })}`
      }))}
    >
      <BarChart
        h={Math.max(200, data.length * 44)}
        data={data}
        dataKey="stage"
        orientation="vertical"
        series={[
          { name: 'total', label: t('pipeline.charts.value.total'), color: 'relais.3' },
          { name: 'weighted', label: t('pipeline.charts.value.weighted'), color: 'relais.8' }
        ]}
        withLegend
        valueFormatter={(value) => formatCentsCompact(Math.round(value * 100), format.language)}
        yAxisProps={{ width: 150 }}
      />
    </ChartCard>
  )
}
