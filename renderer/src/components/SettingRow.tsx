import { Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** One setting: its name and explanation on the left, its control on the right. */
export function SettingRow({
  title,
  description,
  control
}: {
  title: string
  description: string
  control: ReactNode
}) {
  return (
    <Group justify="space-between" wrap="wrap" gap="md" py="sm">
      <Stack gap={2} maw={520}>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      {control}
    </Group>
  )
}
