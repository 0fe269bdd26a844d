import { Select, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { compareText } from '@shared/domain/text'
import { useOrganizations } from './useOrganizations'

type OrganizationSelectProps = Omit<SelectProps, 'data' | 'filter'>

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
export function OrganizationSelect(props: OrganizationSelectProps) {
  const data = useOrganizationOptions()
  return (
    <Select searchable clearable limit={50} {...PICKER_KEYS} {...props} data={data} filter={foldedFilter} />
  )
}
