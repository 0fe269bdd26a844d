import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { healthOf } from '@renderer/db/repositories/relationshipHealth'
import { useDbQuery } from '@renderer/db/useDbQuery'
import type { Health, HealthLevel } from '@shared/domain/health'

const COLOURS: Record<HealthLevel, string> = {
  strong: 'teal',
  steady: 'blue',
  fading: 'orange',
  cold: 'gray'
}

export function useHealthReason() {
  const { t } = useTranslation()
  return ({ reason }: Health) =>
    t(`health.reason.${reason.key}`, { count: reason.params.count ?? reason.params.days ?? 0 })
}

/** "Relation solide · 3 interactions en 90 jours", from the interactions logged with a company or person. */
export function HealthBadge({ party, id }: { party: 'organization' | 'contact'; id: string }) {
  const { t } = useTranslation()
  const reasonOf = useHealthReason()
  const { data: health } = useDbQuery(() => healthOf(party, id), [party, id])
  if (!health) return null
  const level = t(`health.level.${health.level}`)
  const reason = reasonOf(health)
  return (
    <Group gap={6} component="span">
      <Badge color={COLOURS[health.level]} variant="light">
        {level}
      </Badge>
      <Text span size="xs" c="dimmed">
        {reason}
      </Text>
    </Group>
  )
}
