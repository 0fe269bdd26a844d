import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface RowListProps {
  /** Said instead of the list when it has no rows. */
  empty: string
  count: number
  children: ReactNode
}

/** A card's list of rows (contacts, files, meetings), or a dimmed line when there is none. */
export function RowList({ empty, count, children }: RowListProps) {
  if (count === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    )
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  )
}
