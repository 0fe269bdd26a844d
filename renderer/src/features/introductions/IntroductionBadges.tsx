import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Introduction } from '@shared/schemas'
import { isFruitful } from '@shared/domain/introductions'

const STATUS_COLOR = { proposed: 'gray', made: 'blue', met: 'grape', outcome: 'teal' } as const

/** Where an introduction stands, and its outcome once there is one. */
export function IntroductionBadges({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="wrap">
      <Badge size="sm" variant="light" color={STATUS_COLOR[introduction.status]}>
        {t(`introductions.status.${introduction.status}`)}
      </Badge>
      {introduction.outcome && (
        <Badge
          size="sm"
          variant={isFruitful(introduction) ? 'filled' : 'outline'}
          color={isFruitful(introduction) ? 'teal' : 'gray'}
        >
          {t(`introductions.outcome.${introduction.outcome}`)}
        </Badge>
      )}
    </Group>
  )
}
