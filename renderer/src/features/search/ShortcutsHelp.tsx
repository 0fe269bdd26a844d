import { Kbd, Modal, Table } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { acceleratorLabel, useCommand } from '@renderer/app/commands'
import { SHORTCUT_ROWS } from './shortcutRows'

// Its own component: the dialog renders it only when open, so the shell's first render (at
// start) does not write out every shortcut's label
function ShortcutsTable() {
  const { t } = useTranslation()
  return (
    <Table striped verticalSpacing={6} aria-label={t('search.shortcuts.title')}>
      <Table.Tbody>
        {SHORTCUT_ROWS.map(({ key, keys }) => (
          <Table.Tr key={key}>
            <Table.Td>{t(`search.shortcuts.${key}`)}</Table.Td>
            <Table.Td ta="right">
              <Kbd size="sm">{acceleratorLabel(keys)}</Kbd>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** "?" or Ctrl/Cmd+/: every keyboard shortcut of the app in one table. */
export function ShortcutsHelp() {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure()
  useCommand('show-shortcuts', open)
  useHotkeys([['shift+?', open]])
  return (
    <Modal opened={opened} onClose={close} title={t('search.shortcuts.title')} size="md">
      <ShortcutsTable />
    </Modal>
  )
}
