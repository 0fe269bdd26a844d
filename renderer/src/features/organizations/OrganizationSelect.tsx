import type { SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { compareText } from '@shared/domain/text'
import { CreatableSelect } from '@renderer/features/close-records'
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

/** Pick a company among thousands; « Créer « X » » when asked for and nothing matches. */
export function OrganizationSelect({ allowCreate = false, ...props }: OrganizationSelectProps) {
  const options = useOrganizationOptions()
  return <CreatableSelect options={options} kind="organization" allowCreate={allowCreate} {...props} />
}
