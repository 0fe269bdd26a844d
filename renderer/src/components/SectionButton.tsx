import { Button } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'

interface SectionButtonProps {
  icon: Icon
  onClick: () => void
  children: string
}

/** The small action at the right of a SectionCard's title ("New contact", "Log a meeting"). */
export function SectionButton({ icon: IconComponent, onClick, children }: SectionButtonProps) {
  return (
    <Button size="xs" variant="light" leftSection={<IconComponent size={14} aria-hidden />} onClick={onClick}>
      {children}
    </Button>
  )
}
