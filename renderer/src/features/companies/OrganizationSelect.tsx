import { Select, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { compareText } from '@shared/domain/text'
import { useOrganizations } from './useCompanies'

type OrganizationSelectProps = Omit<SelectProps, 'data' | 'filter'>

/** Pick a company among thousands: accent-insensitive type-ahead, only 50 options rendered. */
export function OrganizationSelect(props: OrganizationSelectProps) {
  const organizations = useOrganizations().data
  const data = useMemo(
    () =>
      (organizations ?? [])
        .map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))
        .sort((a, b) => compareText(a.label, b.label)),
    [organizations]
  )
  return <Select searchable clearable limit={50} {...props} data={data} filter={foldedFilter} />
}
