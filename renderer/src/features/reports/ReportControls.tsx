import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { DateInput } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { PERIOD_PRESETS, type PeriodPreset } from '@shared/reports/period'
import { REPORT_IDS, type Period, type ReportId } from '@shared/reports/types'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { ReportState } from './useReportState'

interface ReportControlsProps {
  state: ReportState
  period: Period
  onChange: (next: ReportState) => void
}

function isReportId(value: string | null): value is ReportId {
  return REPORT_IDS.some((id) => id === value)
}

function isPreset(value: string): value is PeriodPreset {
  return PERIOD_PRESETS.some((p) => p === value)
}

/** Which report, over which period. */
export function ReportControls({ state, period, onChange }: ReportControlsProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const periodLabel = useId()
  return (
    <Stack gap="xs" mb="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('reports.report')}
          w={220}
          allowDeselect={false}
          value={state.report}
          onChange={(value) => isReportId(value) && onChange({ ...state, report: value })}
          data={REPORT_IDS.map((id) => ({ value: id, label: t(`reports.names.${id}`) }))}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={periodLabel}>
            {t('reports.period')}
          </Text>
          <SegmentedControl
            aria-labelledby={periodLabel}
            value={state.preset}
            onChange={(value) =>
              // "Other dates" starts from the period on screen
              isPreset(value) && onChange({ ...state, preset: value, range: state.range ?? period })
            }
            data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.periods.${p}`) }))}
          />
        </Stack>
        {state.preset === 'range' && (
          <>
            <DateInput
              label={t('reports.from')}
              valueFormat="YYYY-MM-DD"
              w={150}
              value={period.from}
              onChange={(from) => from && onChange({ ...state, range: { from, to: period.to } })}
            />
            <DateInput
              label={t('reports.to')}
              valueFormat="YYYY-MM-DD"
              w={150}
              value={period.to}
              onChange={(to) => to && onChange({ ...state, range: { from: period.from, to } })}
            />
          </>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`reports.descriptions.${state.report}`)}{' '}
        {t('reports.periodLabel', { from: format.date(period.from), to: format.date(period.to) })}
      </Text>
    </Stack>
  )
}
