import { Group, type GroupProps } from '@mantine/core'

/** One row of a RowList: a line of its own, separated from the next by a border. */
export function RowListItem({ children, ...group }: Omit<GroupProps, 'component'>) {
  return (
    <Group
      component="li"
      py="xs"
      wrap="nowrap"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      {...group}
    >
      {children}
    </Group>
  )
}
