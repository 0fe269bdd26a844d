import { Button, Stack, Text } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { shortcutLabel } from '@renderer/app/commands'
import { SectionCard } from '@renderer/components/SectionCard'
import { useQuickLog } from '@renderer/features/interactions'

/** Today with nothing open at all: say how follow-ups come to be, and offer to log a meeting. */
export function NoFollowUps() {
  const { t } = useTranslation()
  const quickLog = useQuickLog()
  return (
    <SectionCard title={t('followUps.none.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('followUps.none.description', { shortcut: shortcutLabel('log-meeting') })}
        </Text>
        <Button leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => quickLog.open()}>
          {t('interactions.quickLog.button')}
        </Button>
      </Stack>
    </SectionCard>
  )
}
