import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FilterBar } from '@renderer/components/FilterBar'
import { useKindOptions, useRegionOptions, useStageOptions } from '@renderer/hooks/useOptions'
import { DEFAULT_ORGANIZATION_LIST_STATE, type OrganizationListState } from '@shared/domain/list-filters'

interface OrganizationFiltersProps {
  state: OrganizationListState
  onChange: (state: OrganizationListState) => void
  tags: string[]
}

export function OrganizationFilters({ state, onChange, tags }: OrganizationFiltersProps) {
  const { t } = useTranslation()
  const regionOptions = useRegionOptions()
  const kindOptions = useKindOptions()
  const stageOptions = useStageOptions()
  const set = <K extends keyof OrganizationListState>(key: K, value: OrganizationListState[K]) =>
    onChange({ ...state, [key]: value })
  const active =
    state.query !== '' ||
    state.regions.length + state.kinds.length + state.stages.length + state.tags.length > 0
  return (
    <FilterBar
      queryLabel={t('organizations.filters.query')}
      queryPlaceholder={t('organizations.filters.queryPlaceholder')}
      query={state.query}
      onQueryChange={(query) => set('query', query)}
      queryWidth={260}
      onClear={active ? () => onChange({ ...DEFAULT_ORGANIZATION_LIST_STATE, sort: state.sort }) : undefined}
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
