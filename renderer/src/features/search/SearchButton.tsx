import { ActionIcon, Button, Kbd } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { runCommand, shortcutLabel } from '@renderer/app/commands'

/** The header's search box look-alike: opens the palette (Ctrl/Cmd+K); an icon on narrow windows. */
export function SearchButton() {
  const { t } = useTranslation()
  const label = t('search.open')
  return (
    <>
      <Button
        visibleFrom="sm"
        variant="default"
        c="dimmed"
        fw={400}
        w={240}
        justify="space-between"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">{shortcutLabel('open-search')}</Kbd>}
        onClick={() => runCommand('open-search')}
      >
        {label}
      </Button>
      <ActionIcon
        hiddenFrom="sm"
        variant="default"
        size="lg"
        aria-label={label}
        onClick={() => runCommand('open-search')}
      >
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
    </>
  )
}
