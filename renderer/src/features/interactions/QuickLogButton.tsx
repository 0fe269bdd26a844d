import { Button, Kbd, Tooltip } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { quickLog } from './quickLogStore'

/** The header's "Log a meeting" button (same as Ctrl/Cmd+L). */
export function QuickLogButton() {
  const { t } = useTranslation()
  const mod = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl'
  return (
    <Tooltip label={<Kbd size="xs">{`${mod}+L`}</Kbd>}>
      <Button leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => quickLog.open()}>
        {t('interactions.quickLog.button')}
      </Button>
    </Tooltip>
  )
}
