import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FilterBar } from '@renderer/components/FilterBar'
import { useKindOptions, useRegionOptions, useStageOptions } from '@renderer/hooks/useOptions'
import { DEFAULT_COMPANY_LIST_STATE, type CompanyListState } from '@shared/domain/list-filters'

interface CompanyFiltersProps {
  state: CompanyListState
  onChange: (state: CompanyListState) => void
  tags: string[]
}

export function CompanyFilters({ state, onChange, tags }: CompanyFiltersProps) {
  const { t } = useTranslation()
  const regionOptions = useRegionOptions()
  const kindOptions = useKindOptions()
  const stageOptions = useStageOptions()
  const set = <K extends keyof CompanyListState>(key: K, value: CompanyListState[K]) =>
    onChange({ ...state, [key]: value })
  const active =
    state.query !== '' ||
    state.regions.length + state.kinds.length + state.stages.length + state.tags.length > 0
  return (
    <FilterBar
      queryLabel={t('companies.filters.query')}
      queryPlaceholder={t('companies.filters.queryPlaceholder')}
      query={state.query}
      onQueryChange={(query) => set('query', query)}
      queryWidth={260}
      onClear={active ? () => onChange({ ...DEFAULT_COMPANY_LIST_STATE, sort: state.sort }) : undefined}
    >
      <MultiSelect
        aria-label={t('fields.region')}
        placeholder={t('fields.region')}
        data={regionOptions}
        value={state.regions}
        onChange={(v) => set('regions', v)}
        searchable
        clearable
        w={220}
      />
      <MultiSelect
        aria-label={t('fields.kind')}
        placeholder={t('fields.kind')}
        data={kindOptions}
        value={state.kinds}
        onChange={(v) => set('kinds', v)}
        clearable
        w={180}
      />
      <MultiSelect
        aria-label={t('fields.stage')}
        placeholder={t('fields.stage')}
        data={stageOptions}
        value={state.stages}
        onChange={(v) => set('stages', v)}
        clearable
        w={180}
      />
      <MultiSelect
        aria-label={t('fields.tags')}
        placeholder={t('fields.tags')}
        data={tags}
        value={state.tags}
        onChange={(v) => set('tags', v)}
        searchable
        clearable
        w={180}
      />
    </FilterBar>
  )
}
