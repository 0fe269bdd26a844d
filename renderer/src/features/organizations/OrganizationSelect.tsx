import { Select, Stack, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { compareText } from '@shared/domain/text'
import { CREATE, useCreateOption } from '@renderer/features/close-records'
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

/** Pick a company among thousands: accent-insensitive type-ahead, only 50 options rendered. */
export function OrganizationSelect({ allowCreate = false, onChange, ...props }: OrganizationSelectProps) {
  const options = useOrganizationOptions()
  const { create, question, ...picker } = useCreateOption(options, allowCreate, 'organization')
  const pick = async () => {
    const created = await create()
    if (created) onChange?.(created.value, created)
  }
  return (
    <Stack gap="xs">
      <Select
        searchable
        clearable
        limit={50}
        {...PICKER_KEYS}
        {...props}
        {...picker}
        onChange={(value, option) => (value === CREATE ? void pick() : onChange?.(value, option))}
      />
      {question}
    </Stack>
  )
}
