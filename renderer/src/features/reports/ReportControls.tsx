import { Group, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { REPORT_IDS, type Period, type ReportId } from '@shared/reports/types'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { PeriodPicker } from './PeriodPicker'
import type { ReportState } from './useReportState'

interface ReportControlsProps {
  state: ReportState
  period: Period
  onChange: (next: ReportState) => void
}

function isReportId(value: string | null): value is ReportId {
  return REPORT_IDS.some((id) => id === value)
}

/** Which report, over which period. */
export function ReportControls({ state, period, onChange }: ReportControlsProps) {
  const { t } = useTranslation()
  const format = useFormatters()
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
        <PeriodPicker
          choice={state}
          period={period}
          onChange={(choice) => onChange({ ...state, ...choice })}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t(`reports.descriptions.${state.report}`)}{' '}
        {t('reports.periodLabel', { from: format.date(period.from), to: format.date(period.to) })}
      </Text>
    </Stack>
  )
}
