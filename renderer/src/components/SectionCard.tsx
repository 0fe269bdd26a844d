import { Card, Group, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'

interface SectionCardProps {
  title: ReactNode
  /** Buttons at the right of the title. */
  actions?: ReactNode
  children: ReactNode
}

/** A titled card that is a named region for assistive technology. */
export function SectionCard({ title, actions, children }: SectionCardProps) {
  const id = useId()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="md" gap="xs" wrap="wrap">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  )
}
