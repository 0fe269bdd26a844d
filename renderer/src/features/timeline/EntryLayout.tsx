import { Group, Stack, ThemeIcon } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface EntryLayoutProps {
  icon: Icon
  color: string
  label: string
  children: ReactNode
  actions?: ReactNode
  /** Shown before its write has finished (a quick log on its way to the database). */
  busy?: boolean
}

/** One timeline entry: an icon on the rail, the content, and actions on the right. */
export function EntryLayout({ icon: EntryIcon, color, label, children, actions, busy }: EntryLayoutProps) {
  return (
    <Group
      component="li"
      aria-label={label}
      aria-busy={busy || undefined}
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      py="xs"
    >
      <ThemeIcon variant="light" color={color} radius="xl" size="md">
        <EntryIcon size={16} aria-hidden />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {children}
      </Stack>
      {actions && (
        <Group gap={4} wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  )
}
