import { SegmentedControl, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { PERIOD_PRESETS, type PeriodPreset } from '@shared/reports/period'
import type { Period } from '@shared/reports/types'

export interface PeriodChoice {
  preset: PeriodPreset
  /** The dates of "other dates", kept when switching presets. */
  range: Period | null
}

interface PeriodPickerProps {
  choice: PeriodChoice
  /** The period the choice resolves to today. */
  period: Period
  onChange: (next: PeriodChoice) => void
}

function isPreset(value: string): value is PeriodPreset {
  return PERIOD_PRESETS.some((p) => p === value)
}

/** This week, month, quarter, year, or other dates (two date fields). */
export function PeriodPicker({ choice, period, onChange }: PeriodPickerProps) {
  const { t } = useTranslation()
  const periodLabel = useId()
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={periodLabel}>
          {t('reports.period')}
        </Text>
        <SegmentedControl
          aria-labelledby={periodLabel}
          value={choice.preset}
          onChange={(value) =>
            // "Other dates" starts from the period on screen
            isPreset(value) && onChange({ preset: value, range: choice.range ?? period })
          }
          data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.periods.${p}`) }))}
        />
      </Stack>
      {choice.preset === 'range' && (
        <>
          <DateField
            label={t('reports.from')}
            w={150}
            value={period.from}
            onChange={(from) => from && onChange({ ...choice, range: { from, to: period.to } })}
          />
          <DateField
            label={t('reports.to')}
            w={150}
            value={period.to}
            onChange={(to) => to && onChange({ ...choice, range: { from: period.from, to } })}
          />
        </>
      )}
    </>
  )
}
