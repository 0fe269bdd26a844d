import { MultiSelect, type ComboboxData } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FacetStandIn } from './FacetStandIn'
import { FilterBar } from './FilterBar'

type FacetKey<S> = { [K in keyof S]: S[K] extends string[] ? K : never }[keyof S] & string

/** One multi-select filter: which list of the state it sets, its label key (fields.*), its choices. */
export interface Facet<S> {
  key: FacetKey<S>
  label: string
  data: ComboboxData
  width: number
  searchable?: boolean
}

interface FacetFiltersProps<S extends { query: string; sort: unknown }> {
  /** The catalogue namespace holding filters.query and filters.queryPlaceholder. */
  namespace: string
  state: S
  onChange: (state: S) => void
  defaults: S
  queryWidth: number
  facets: Facet<S>[]
  /**
   * False for a list's first frame: a facet with nothing chosen is drawn as a still box (four
   * comboboxes and their popovers were a tenth of the Companies list's first render).
   */
  ready?: boolean
}

/** A directory's filters: the search box and one multi-select per facet; « clear » keeps the sort. */
export function FacetFilters<S extends { query: string; sort: unknown }>(props: FacetFiltersProps<S>) {
  const { namespace, state, onChange, defaults, queryWidth, facets, ready = true } = props
  const { t } = useTranslation()
  const active =
    state.query !== '' || Object.values(state).some((value) => Array.isArray(value) && value.length > 0)
  return (
    <FilterBar
      queryLabel={t(`${namespace}.filters.query`)}
      queryPlaceholder={t(`${namespace}.filters.queryPlaceholder`)}
      query={state.query}
      onQueryChange={(query) => onChange({ ...state, query })}
      queryWidth={queryWidth}
      onClear={active ? () => onChange({ ...defaults, sort: state.sort }) : undefined}
    >
      {facets.map((facet) =>
        !ready && (state[facet.key] as string[]).length === 0 ? (
          <FacetStandIn key={facet.key} placeholder={t(facet.label)} width={facet.width} />
        ) : (
          <MultiSelect
            key={facet.key}
            aria-label={t(facet.label)}
            placeholder={t(facet.label)}
            data={facet.data}
            value={state[facet.key] as string[]}
            onChange={(value) => onChange({ ...state, [facet.key]: value })}
            searchable={facet.searchable}
            clearable
            w={facet.width}
          />
        )
      )}
    </FilterBar>
  )
}
