import { ActionIcon, Button, Kbd, Tooltip } from '@mantine/core'
import { IconMessagePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { runCommand, shortcutLabel } from '@renderer/app/commands'

/** The header's "Log a meeting" button: Ctrl/Cmd+L's command; an icon alone on narrow windows. */
export function QuickLogButton() {
  const { t } = useTranslation()
  const label = t('interactions.quickLog.button')
  return (
    <Tooltip label={<Kbd size="xs">{shortcutLabel('log-meeting')}</Kbd>}>
      <div>
        <Button
          visibleFrom="sm"
          leftSection={<IconMessagePlus size={16} aria-hidden />}
          onClick={() => runCommand('log-meeting')}
        >
          {label}
        </Button>
        <ActionIcon hiddenFrom="sm" size="lg" aria-label={label} onClick={() => runCommand('log-meeting')}>
          <IconMessagePlus size={18} aria-hidden />
        </ActionIcon>
      </div>
    </Tooltip>
  )
}
