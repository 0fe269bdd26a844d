import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImpactReport } from '@shared/domain/impact'
import { formatCentsCompact } from '@shared/domain/money'
import { useFormatters } from '@renderer/hooks/useFormatters'

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <Paper withBorder p="md" component="li">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  )
}

/** The six figures a manager asks for first. */
export function ImpactFigures({ impact }: { impact: ImpactReport }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { coverage, introductions, financing, leverage, jobs } = impact
  const interactions = Object.values(impact.interactionsByKind).reduce((n, c) => n + (c ?? 0), 0)
  const compact = (cents: number) => formatCentsCompact(cents, format.language)
  const ratio = leverage.ratio === null ? null : format.number(Math.round(leverage.ratio * 10) / 10)
  return (
    <SimpleGrid
      cols={{ base: 2, md: 3, xl: 6 }}
      spacing="md"
      mb="lg"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('impact.figures.label')}
    >
      <Figure
        label={t('impact.figures.coverage')}
        value={coverage.total > 0 ? format.percent(coverage.met / coverage.total) : '—'}
        detail={t('impact.figures.coverageDetail', { met: coverage.met, total: coverage.total })}
      />
      <Figure
        label={t('impact.figures.interactions')}
        value={format.number(interactions)}
        detail={t('impact.figures.interactionsDetail')}
      />
      <Figure
        label={t('impact.figures.introductions')}
        value={format.number(introductions.made)}
        detail={t('impact.figures.introductionsDetail', { count: introductions.withOutcome })}
      />
      <Figure
        label={t('impact.figures.authorized')}
        value={compact(financing.total.authorizedCents)}
        detail={t('impact.figures.authorizedDetail', {
          requested: compact(financing.total.requestedCents),
          disbursed: compact(financing.total.disbursedCents)
        })}
      />
      <Figure
        label={t('impact.figures.leverage')}
        value={ratio === null ? t('impact.figures.noLeverage') : t('impact.figures.leverageValue', { ratio })}
        detail={t('impact.figures.leverageDetail', {
          projectCost: compact(leverage.projectCostCents),
          authorized: compact(leverage.authorizedCents)
        })}
      />
      <Figure
        label={t('impact.figures.jobs')}
        value={format.number(jobs.created)}
        detail={t('impact.figures.jobsDetail', { retained: format.number(jobs.retained) })}
      />
    </SimpleGrid>
  )
}
