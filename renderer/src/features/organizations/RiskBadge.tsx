import { Badge, Tooltip, type MantineSize } from '@mantine/core'
import { IconFlag } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiskFlag } from '@shared/schemas'

export function RiskBadge({ flag, size = 'sm' }: { flag: RiskFlag; size?: MantineSize }) {
  const { t } = useTranslation()
  if (flag.level === 'none') return null
  const badge = (
    <Badge
      size={size}
      color={flag.level === 'red' ? 'red' : 'yellow'}
      leftSection={<IconFlag size={12} aria-hidden />}
    >
      {t(`enums.risk.${flag.level}`)}
    </Badge>
  )
  return flag.reason ? <Tooltip label={flag.reason}>{badge}</Tooltip> : badge
}
