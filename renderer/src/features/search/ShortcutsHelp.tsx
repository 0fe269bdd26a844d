import { Kbd, Modal, Table } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { acceleratorLabel, shortcutLabel, useCommand } from '@renderer/app/commands'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'
import { isMenuCommand, type MenuCommand } from '@shared/ipc/channels'

const COMMANDS: MenuCommand[] = Object.keys(MENU_SHORTCUTS).filter(isMenuCommand)

/** "?" or Ctrl/Cmd+/: every keyboard shortcut of the app in one table. */
export function ShortcutsHelp() {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure()
  useCommand('show-shortcuts', open)
  useHotkeys([['shift+?', open]])
  const rows: [string, string][] = [
    ...COMMANDS.map((command): [string, string] => [
      t(`search.shortcuts.${command}`),
      shortcutLabel(command)
    ]),
    [t('search.shortcuts.slash'), '/'],
    [t('search.shortcuts.undo'), acceleratorLabel('CmdOrCtrl+Z')]
  ]
  return (
    <Modal opened={opened} onClose={close} title={t('search.shortcuts.title')} size="md">
      <Table striped verticalSpacing={6} aria-label={t('search.shortcuts.title')}>
        <Table.Tbody>
          {rows.map(([label, keys]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">
                <Kbd size="sm">{keys}</Kbd>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  )
}
