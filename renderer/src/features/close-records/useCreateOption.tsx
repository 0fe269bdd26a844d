// « Créer « X » » in a company or person picker: offered alone when nothing matches what was typed;
// the new record goes through the close-record question first (« … existe déjà : utiliser cette fiche ? »).
import type { ComboboxItem, OptionsFilter } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { createContact } from '@renderer/db/repositories/contacts'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { useNotify } from '@renderer/hooks/useNotify'
import { contactDisplayName } from '@shared/domain/list-filters'
import { splitFullName } from '@shared/import/values'
import { useCloseRecordCheck } from './useCloseRecordCheck'

// The value of the « create » option: never a record id
export const CREATE = '\u0000create'
const isCreate = (item: unknown) =>
  typeof item === 'object' && item !== null && 'value' in item && item.value === CREATE

/** The matches, or when there are none, the « create » option alone. */
const filterWithCreate: OptionsFilter = (input) => {
  const found = foldedFilter({ ...input, options: input.options.filter((o) => !isCreate(o)) })
  return found.length > 0 ? found : input.options.filter(isCreate)
}

export function useCreateOption(
  options: ComboboxItem[],
  allowCreate: boolean,
  kind: 'organization' | 'contact'
) {
  const { t } = useTranslation()
  const notify = useNotify()
  const close = useCloseRecordCheck()
  const [search, setSearch] = useState('')
  const typed = search.trim()
  const offersCreate = allowCreate && typed !== '' && !options.some((o) => o.label === search)
  const data = offersCreate
    ? [...options, { value: CREATE, label: t('forms.close.createOption', { name: typed }) }]
    : options

  const createOrganizationNamed = async (name: string): Promise<ComboboxItem | null> => {
    const decision = await close.checkOrganization({ name, neq: '' })
    if (decision.action === 'cancel') return null
    const organization =
      decision.action === 'use' ? decision.record : await createOrganization({ name, kind: 'company' })
    if (decision.action === 'create') notify.success(t('organizations.form.created', { name }))
    return { value: organization.id, label: organization.name }
  }

  const createContactNamed = async (name: string): Promise<ComboboxItem | null> => {
    const [firstName, lastName] = splitFullName(name)
    const decision = await close.checkContact({ firstName, lastName, email: '' })
    if (decision.action === 'cancel') return null
    const contact = decision.action === 'use' ? decision.record : await createContact({ firstName, lastName })
    if (decision.action === 'create') notify.success(t('contacts.form.created', { name }))
    return { value: contact.id, label: contactDisplayName(contact) }
  }

  /** Creates (or, when the person says so, takes the stored one) and returns it; null if cancelled. */
  const create = async (): Promise<ComboboxItem | null> => {
    try {
      const created = await (kind === 'organization' ? createOrganizationNamed : createContactNamed)(typed)
      if (created) setSearch('')
      return created
    } catch (error) {
      notify.failure(error)
      return null
    }
  }

  return {
    data,
    filter: offersCreate ? filterWithCreate : foldedFilter,
    searchValue: search,
    onSearchChange: setSearch,
    create,
    question: close.question
  }
}
