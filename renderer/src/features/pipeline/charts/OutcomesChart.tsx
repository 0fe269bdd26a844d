import { BarChart } from '@mantine/charts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { todayDate } from '@shared/domain/dates'
import { outcomesByMonth } from '@shared/domain/pipeline'
import type { Opportunity } from '@shared/schemas'
import { ChartCard } from '@renderer/components/ChartCard'

/** "janv. 26" / "Jan 26" for "2026-01". */
function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' }).format(
    new Date(year, m - 1, 15)
  )
}

/** Files won and lost per month over the last 12 months. */
export function OutcomesChart({ files }: { files: Opportunity[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const today = todayDate()
  const locale = format.language === 'fr' ? 'fr-CA' : 'en-CA'
  const data = useMemo(
    () =>
      outcomesByMonth(files, today).map((m) => ({
        month: monthLabel(m.month, locale),
        won: m.won,
        lost: m.lost
      })),
    [files, today, locale]
  )
  const closed = data.reduce((sum, m) => sum + m.won + m.lost, 0)
  return (
    <ChartCard
      title={t('pipeline.charts.outcomes.title')}
      description={t('pipeline.charts.outcomes.description')}
      empty={closed === 0 ? t('pipeline.charts.outcomes.empty') : undefined}
      rows={data.map((m) => ({
        label: m.month,
        value: t('pipeline.charts.outcomes.row', { won: m.won, lost: m.lost })
      }))}
    >
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        series={[
          { name: 'won', label: t('pipeline.charts.outcomes.won'), color: 'teal.6' },
          { name: 'lost', label: t('pipeline.charts.outcomes.lost'), color: 'red.6' }
        ]}
        withLegend
        yAxisProps={{ allowDecimals: false, width: 40 }}
      />
    </ChartCard>
  )
}
