import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FilterBar } from '@renderer/components/FilterBar'
import { useConsentOptions, useLanguageOptions } from '@renderer/hooks/useOptions'
import { DEFAULT_CONTACT_LIST_STATE, type ContactListState } from '@shared/domain/list-filters'

interface ContactFiltersProps {
  state: ContactListState
  onChange: (state: ContactListState) => void
  tags: string[]
}

export function ContactFilters({ state, onChange, tags }: ContactFiltersProps) {
  const { t } = useTranslation()
  const languageOptions = useLanguageOptions()
  const consentOptions = useConsentOptions()
  const set = <K extends keyof ContactListState>(key: K, value: ContactListState[K]) =>
    onChange({ ...state, [key]: value })
  const active =
    state.query !== '' ||
    state.languages.length + state.consentBases.length + state.tags.length + state.organizationIds.length > 0
  return (
    <FilterBar
      queryLabel={t('contacts.filters.query')}
      queryPlaceholder={t('contacts.filters.queryPlaceholder')}
      query={state.query}
      onQueryChange={(query) => set('query', query)}
      queryWidth={280}
      onClear={active ? () => onChange({ ...DEFAULT_CONTACT_LIST_STATE, sort: state.sort }) : undefined}
    >
      <MultiSelect
        aria-label={t('fields.language')}
        placeholder={t('fields.language')}
        data={languageOptions}
        value={state.languages}
        onChange={(v) => set('languages', v)}
        clearable
        w={170}
      />
      <MultiSelect
        aria-label={t('fields.consentBasis')}
        placeholder={t('fields.consentBasis')}
        data={consentOptions}
        value={state.consentBases}
        onChange={(v) => set('consentBases', v)}
        clearable
        w={220}
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
