import { Group, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { ClearFiltersButton } from './ClearFiltersButton'

interface FilterBarProps {
  /** The search box's accessible name; also its placeholder unless one is given. */
  queryLabel: string
  queryPlaceholder?: string
  query: string
  onQueryChange: (query: string) => void
  queryWidth: number
  /** The list's other filters, after the search box. */
  children?: ReactNode
  /** Shows "Clear filters" when given. */
  onClear?: () => void
}

/** A list screen's filters: a search box, the list's own filters, and "Clear filters" when any is set. */
export function FilterBar(props: FilterBarProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        aria-label={props.queryLabel}
        placeholder={props.queryPlaceholder ?? props.queryLabel}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={props.query}
        onChange={(e) => props.onQueryChange(e.currentTarget.value)}
        w={props.queryWidth}
      />
      {props.children}
      {props.onClear && <ClearFiltersButton onClick={props.onClear} />}
    </Group>
  )
}
