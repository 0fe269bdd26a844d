import { FacetFilters } from '@renderer/components/FacetFilters'
import { useKindOptions, useRegionOptions, useStageOptions } from '@renderer/hooks/useOptions'
import { DEFAULT_ORGANIZATION_LIST_STATE, type OrganizationListState } from '@shared/domain/list-filters'

interface OrganizationFiltersProps {
  state: OrganizationListState
  onChange: (state: OrganizationListState) => void
  tags: string[]
  /** False for the list's first frame (see FacetFilters). */
  ready: boolean
}

export function OrganizationFilters({ state, onChange, tags, ready }: OrganizationFiltersProps) {
  const regions = useRegionOptions()
  const kinds = useKindOptions()
  const stages = useStageOptions()
  return (
    <FacetFilters
      namespace="organizations"
      state={state}
      onChange={onChange}
      defaults={DEFAULT_ORGANIZATION_LIST_STATE}
      queryWidth={260}
      ready={ready}
      facets={[
        { key: 'regions', label: 'fields.region', data: regions, width: 220, searchable: true },
        { key: 'kinds', label: 'fields.kind', data: kinds, width: 180 },
        { key: 'stages', label: 'fields.stage', data: stages, width: 180 },
        { key: 'tags', label: 'fields.tags', data: tags, width: 180, searchable: true }
      ]}
    />
  )
}
