import { Group } from '@mantine/core'
import { QuickLogButton } from '@renderer/features/interactions'
import { ColorSchemeToggle } from '@renderer/features/settings'

/** Right side of the header: global actions (quick log, search) join here as they land. */
export function HeaderActions() {
  return (
    <Group gap="xs" wrap="nowrap">
      <QuickLogButton />
      <ColorSchemeToggle />
    </Group>
  )
}
