import { Select, Stack, type OptionsFilter, type SelectProps } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { useCloseRecordCheck } from '@renderer/features/close-records'
import { useNotify } from '@renderer/hooks/useNotify'
import { compareText } from '@shared/domain/text'
import { useOrganizations } from './useOrganizations'

interface OrganizationSelectProps extends Omit<SelectProps, 'data' | 'filter'> {
  /** When nothing matches, offer « Créer « X » » (asking first when a close one is stored). */
  allowCreate?: boolean
}

/** Every live company as a select option, "Name (City)", in alphabetical order. */
export function useOrganizationOptions() {
  const organizations = useOrganizations().data
  return useMemo(
    () =>
      (organizations ?? [])
        .map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))
        .sort((a, b) => compareText(a.label, b.label)),
    [organizations]
  )
}

// The value of the « create » option: never a record id
const CREATE = '\u0000create'
const isCreate = (item: unknown) =>
  typeof item === 'object' && item !== null && 'value' in item && item.value === CREATE

/** The matches, or when there are none, the « create » option alone. */
const filterWithCreate: OptionsFilter = (input) => {
  const found = foldedFilter({ ...input, options: input.options.filter((o) => !isCreate(o)) })
  return found.length > 0 ? found : input.options.filter(isCreate)
}

/** Pick a company among thousands: accent-insensitive type-ahead, only 50 options rendered. */
export function OrganizationSelect({ allowCreate = false, onChange, ...props }: OrganizationSelectProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const options = useOrganizationOptions()
  const close = useCloseRecordCheck()
  const [search, setSearch] = useState('')
  const typed = search.trim()
  const offersCreate = allowCreate && typed !== '' && !options.some((o) => o.label === search)
  const data = offersCreate
    ? [...options, { value: CREATE, label: t('forms.close.createOption', { name: typed }) }]
    : options

  const create = async (name: string) => {
    const decision = await close.checkOrganization({ name, neq: '' })
    if (decision.action === 'cancel') return
    try {
      const organization =
        decision.action === 'use' ? decision.record : await createOrganization({ name, kind: 'company' })
      if (decision.action === 'create') notify.success(t('organizations.form.created', { name }))
      onChange?.(organization.id, { value: organization.id, label: organization.name })
    } catch (error) {
      notify.failure(error)
    }
  }

  return (
    <Stack gap="xs">
      <Select
        searchable
        clearable
        limit={50}
        {...PICKER_KEYS}
        {...props}
        data={data}
        filter={offersCreate ? filterWithCreate : foldedFilter}
        searchValue={search}
        onSearchChange={setSearch}
        onChange={(value, option) => (value === CREATE ? void create(typed) : onChange?.(value, option))}
      />
      {close.question}
    </Stack>
  )
}
