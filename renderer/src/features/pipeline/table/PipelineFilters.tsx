import { Group, MultiSelect, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconSearch } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ClearFiltersButton } from '@renderer/components/ClearFiltersButton'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useEnumOptions, useRegionOptions } from '@renderer/hooks/useOptions'
import {
  DEFAULT_PIPELINE_LIST_STATE,
  isFiltered,
  type PipelineListState,
  type PipelineOrganization
} from '@shared/domain/pipeline-filters'
import { compareText } from '@shared/domain/text'
import { PRODUCTS, type Opportunity } from '@shared/schemas'
import { useStages } from '../usePipeline'
import { AmountRangeFilter } from './AmountRangeFilter'

interface PipelineFiltersProps {
  state: PipelineListState
  onChange: (state: PipelineListState) => void
  files: Opportunity[]
  organizations: ReadonlyMap<string, PipelineOrganization>
}

export function PipelineFilters({ state, onChange, files, organizations }: PipelineFiltersProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const { stages } = useStages()
  const productOptions = useEnumOptions('product', PRODUCTS)
  const regionOptions = useRegionOptions()
  const partnerOptions = useMemo(() => {
    const ids = new Set(files.flatMap((f) => f.funderIds))
    return [...ids]
      .map((id) => ({ value: id, label: organizations.get(id)?.name ?? '' }))
      .filter((o) => o.label)
      .sort((a, b) => compareText(a.label, b.label))
  }, [files, organizations])
  const set = (patch: Partial<PipelineListState>) => onChange({ ...state, ...patch })
  const multi = (
    key: 'stageIds' | 'products' | 'regions' | 'partnerIds',
    label: string,
    data: { value: string; label: string }[]
  ) => (
    <MultiSelect
      aria-label={label}
      placeholder={label}
      data={data}
      value={state[key]}
      onChange={(v) => set({ [key]: v })}
      searchable
      clearable
      w={190}
    />
  )
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        aria-label={t('pipeline.filters.query')}
        placeholder={t('pipeline.filters.queryPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={state.query}
        onChange={(e) => set({ query: e.currentTarget.value })}
        w={220}
      />
      {multi(
        'stageIds',
        t('pipeline.fields.stage'),
        stages.map((s) => ({ value: s.id, label: s[language] }))
      )}
      {multi('products', t('pipeline.fields.product'), productOptions)}
      {multi('regions', t('fields.region'), regionOptions)}
      {multi('partnerIds', t('pipeline.fields.partners'), partnerOptions)}
      <DatePickerInput
        type="range"
        aria-label={t('pipeline.filters.closeRange')}
        placeholder={t('pipeline.filters.closeRange')}
        valueFormat="YYYY-MM-DD"
        clearable
        allowSingleDateInRange
        value={[state.closeFrom, state.closeTo]}
        onChange={([from, to]) => set({ closeFrom: from || null, closeTo: to || null })}
        w={230}
      />
      <AmountRangeFilter
        key={`${state.minCents}:${state.maxCents}`}
        minCents={state.minCents}
        maxCents={state.maxCents}
        onChange={set}
      />
      {isFiltered(state) && (
        <ClearFiltersButton onClick={() => onChange({ ...DEFAULT_PIPELINE_LIST_STATE, sort: state.sort })} />
      )}
    </Group>
  )
}
