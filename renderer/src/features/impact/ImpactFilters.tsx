import { Group, MultiSelect } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { impactFilterOptions } from '@shared/domain/impact-options'
import { naicsLabel } from '@shared/domain/naics'
import { regionName } from '@shared/domain/regions'
import type { Period } from '@shared/reports/types'
import type { Organization } from '@shared/schemas'
import { PeriodPicker } from '@renderer/features/reports'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { ImpactState } from './useImpactState'

interface ImpactFiltersProps {
  state: ImpactState
  period: Period
  organizations: readonly Organization[]
  onChange: (next: ImpactState) => void
}

/** Period, then the territory: regions, MRCs, sectors. Choosing a region narrows the MRCs offered. */
export function ImpactFilters({ state, period, organizations, onChange }: ImpactFiltersProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const { filter } = state
  const options = useMemo(() => impactFilterOptions(organizations, filter), [organizations, filter])
  const setFilter = (change: Partial<ImpactState['filter']>) =>
    onChange({ ...state, filter: { ...filter, ...change } })
  const common = { clearable: true, searchable: true, w: 260, placeholder: t('impact.filters.all') }
  return (
    <Group gap="md" align="flex-end" wrap="wrap" mb="md">
      <PeriodPicker choice={state} period={period} onChange={(choice) => onChange({ ...state, ...choice })} />
      <MultiSelect
        {...common}
        label={t('impact.filters.regions')}
        data={options.regions.map((code) => ({ value: code, label: regionName(code, language) }))}
        value={filter.regions}
        // MRCs belong to regions: a new region choice starts the MRCs over
        onChange={(regions) => setFilter({ regions, mrcs: [] })}
      />
      <MultiSelect
        {...common}
        label={t('impact.filters.mrcs')}
        data={options.mrcs}
        value={filter.mrcs}
        onChange={(mrcs) => setFilter({ mrcs })}
      />
      <MultiSelect
        {...common}
        w={320}
        label={t('impact.filters.sectors')}
        data={options.sectors.map(({ code, label }) => ({
          value: code,
          label: `${code} · ${naicsLabel(code, language) ?? label}`
        }))}
        value={filter.industryCodes}
        onChange={(industryCodes) => setFilter({ industryCodes })}
      />
    </Group>
  )
}
