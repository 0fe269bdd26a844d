import { Text, type MantineSize } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'

/** "il y a 47 jours" / "47 days ago", with the exact date as a tooltip. */
export function LastContact({
  at,
  withLabel = false,
  size = 'sm'
}: {
  at: string | null
  withLabel?: boolean
  size?: MantineSize
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  if (!at) {
    return (
      <Text span size={size} c="dimmed">
        {t(withLabel ? 'common.lastContactNever' : 'common.never')}
      </Text>
    )
  }
  const days = Math.max(0, format.daysSince(at))
  const relative = days === 0 ? t('common.today') : t('common.daysAgo', { count: days })
  return (
    <Text span size={size} title={format.timestamp(at)}>
      {withLabel ? t('common.lastContact', { when: relative }) : relative}
    </Text>
  )
}
