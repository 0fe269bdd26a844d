import { FacetFilters } from '@renderer/components/FacetFilters'
import { useConsentOptions, useLanguageOptions } from '@renderer/hooks/useOptions'
import { DEFAULT_CONTACT_LIST_STATE, type ContactListState } from '@shared/domain/list-filters'

interface ContactFiltersProps {
  state: ContactListState
  onChange: (state: ContactListState) => void
  tags: string[]
}

export function ContactFilters({ state, onChange, tags }: ContactFiltersProps) {
  const languages = useLanguageOptions()
  const consentBases = useConsentOptions()
  return (
    <FacetFilters
      namespace="contacts"
      state={state}
      onChange={onChange}
      defaults={DEFAULT_CONTACT_LIST_STATE}
      queryWidth={280}
      facets={[
        { key: 'languages', label: 'fields.language', data: languages, width: 170 },
        { key: 'consentBases', label: 'fields.consentBasis', data: consentBases, width: 220 },
        { key: 'tags', label: 'fields.tags', data: tags, width: 180, searchable: true }
      ]}
    />
  )
}
