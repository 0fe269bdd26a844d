import { BarChart } from '@mantine/charts'
import { SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImpactReport } from '@shared/domain/impact'
import { formatCentsCompact } from '@shared/domain/money'
import { naicsLabel } from '@shared/domain/naics'
import { ChartCard } from '@renderer/components/ChartCard'
import { useFormatters } from '@renderer/hooks/useFormatters'

const SECTORS_SHOWN = 8
const AXIS_LABEL_LENGTH = 34

/** Axis labels stay on one line; the hidden table and the detailed tables carry the full names. */
const shorten = (text: string) =>
  text.length > AXIS_LABEL_LENGTH ? `${text.slice(0, AXIS_LABEL_LENGTH - 1).trimEnd()}…` : text

function CoverageChart({ impact }: { impact: ImpactReport }) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const data = impact.coverage.bySector.slice(0, SECTORS_SHOWN).map((s) => ({
    sector: s.industryCode
      ? shorten(`${s.industryCode} · ${naicsLabel(s.industryCode, language) ?? s.industryLabel}`)
      : t('impact.filters.noSector'),
    met: s.met,
    notMet: s.total - s.met
  }))
  return (
    <ChartCard
      title={t('impact.charts.coverage')}
      description={t('impact.charts.coverageDescription')}
      empty={data.length === 0 ? t('impact.charts.empty') : undefined}
      rows={data.map((d) => ({ label: d.sector, value: `${d.met} / ${d.met + d.notMet}` }))}
    >
      <BarChart
        h={Math.max(200, data.length * 40)}
        data={data}
        dataKey="sector"
        type="stacked"
        orientation="vertical"
        withLegend
        yAxisProps={{ width: 250 }}
        series={[
          { name: 'met', label: t('impact.charts.met'), color: 'teal.6' },
          { name: 'notMet', label: t('impact.charts.notMet'), color: 'gray.3' }
        ]}
      />
    </ChartCard>
  )
}

interface CountChartProps {
  title: string
  description: string
  /** Already translated labels and their counts. */
  counts: { label: string; count: number }[]
  color: string
}

function CountChart({ title, description, counts, color }: CountChartProps) {
  const { t } = useTranslation()
  const data = [...counts].sort((a, b) => b.count - a.count)
  return (
    <ChartCard
      title={title}
      description={description}
      empty={data.length === 0 ? t('impact.charts.empty') : undefined}
      rows={data.map((d) => ({ label: d.label, value: String(d.count) }))}
    >
      <BarChart
        h={Math.max(200, data.length * 36)}
        data={data}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 170 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('impact.charts.count'), color }]}
      />
    </ChartCard>
  )
}

function countsOf(record: Partial<Record<string, number>>, label: (key: string) => string) {
  return Object.entries(record).map(([key, count]) => ({ label: label(key), count: count ?? 0 }))
}

function FinancingChart({ impact }: { impact: ImpactReport }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const data = impact.financing.byProduct.map((p) => ({
    product: t(`reports.values.product.${p.product}`),
    requested: p.requestedCents / 100,
    authorized: p.authorizedCents / 100,
    disbursed: p.disbursedCents / 100
  }))
  const money = (dollars: number) => format.money(Math.round(dollars * 100))
  return (
    <ChartCard
      title={t('impact.charts.financing')}
      description={t('impact.charts.financingDescription')}
      empty={data.length === 0 ? t('impact.charts.empty') : undefined}
      rows={data.map((d) => ({
        label: d.product,
        value: [d.requested, d.authorized, d.disbursed].map(money).join(' · ')
      }))}
    >
      <BarChart
        h={Math.max(200, data.length * 64)}
        data={data}
        dataKey="product"
        orientation="vertical"
        withLegend
        valueFormatter={(value) => formatCentsCompact(Math.round(value * 100), format.language)}
        yAxisProps={{ width: 150 }}
        series={[
          { name: 'requested', label: t('impact.charts.requested'), color: 'gray.5' },
          { name: 'authorized', label: t('impact.charts.authorized'), color: 'teal.6' },
          { name: 'disbursed', label: t('impact.charts.disbursed'), color: 'blue.7' }
        ]}
      />
    </ChartCard>
  )
}

/** Coverage, activity and financing as charts; the tables below hold the same figures. */
export function ImpactCharts({ impact }: { impact: ImpactReport }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" mb="lg">
      <CoverageChart impact={impact} />
      <FinancingChart impact={impact} />
      <CountChart
        title={t('impact.charts.interactions')}
        description={t('impact.charts.interactionsDescription')}
        counts={countsOf(impact.interactionsByKind, (kind) => t(`reports.values.interactionKind.${kind}`))}
        color="blue.6"
      />
      <CountChart
        title={t('impact.charts.introductions')}
        description={t('impact.charts.introductionsDescription', { count: impact.introductions.made })}
        counts={countsOf(impact.introductions.byOutcome, (outcome) =>
          t(`reports.values.introductionOutcome.${outcome}`)
        )}
        color="grape.6"
      />
    </SimpleGrid>
  )
}
