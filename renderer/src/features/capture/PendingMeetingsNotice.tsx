import { Anchor, Card, Group, Text } from '@mantine/core'
import { IconCalendarCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { countPendingMeetings } from '@renderer/db/repositories/captures'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useCaptureWindow } from './captureWindow'

/** Today: how many imported meetings of the chosen window wait to be logged (nothing when none). */
export function PendingMeetingsNotice() {
  const { t } = useTranslation()
  const { since } = useCaptureWindow()
  const { data: count } = useDbQuery(() => countPendingMeetings(since), [since])
  if (!count) return null
  return (
    <Card withBorder padding="md">
      <Group gap="sm" wrap="nowrap">
        <IconCalendarCheck size={20} aria-hidden />
        <Anchor component={Link} to="/capture" fw={600}>
          {t('capture.today', { count })}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('capture.subtitle')}
      </Text>
    </Card>
  )
}
