import { Menu } from '@mantine/core'
import { useState, type ReactElement } from 'react'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DotsMenuButton } from './DotsMenuButton'
import { unusedMenuButton } from './unusedMenuButton'

interface EditDeleteMenuProps {
  /** The button's accessible name, e.g. "Actions for « Visit »". */
  label: string
  onEdit: () => void
  onDelete: () => void
}

/** The "…" menu of an entry in a list: Edit, Delete. A light plain button until first pressed
 * (see unusedMenuButton): a timeline shows forty of them. */
export function EditDeleteMenu({ label, onEdit, onDelete }: EditDeleteMenuProps) {
  const [used, setUsed] = useState(false)
  if (!used) return <DotsMenuButton aria-label={label} {...unusedMenuButton(() => setUsed(true))} />
  return (
    <OpenedMenu
      button={<DotsMenuButton aria-label={label} autoFocus />}
      onEdit={onEdit}
      onDelete={onDelete}
    />
  )
}

function OpenedMenu({
  button,
  onEdit,
  onDelete
}: Pick<EditDeleteMenuProps, 'onEdit' | 'onDelete'> & { button: ReactElement }) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
          {t('common.edit')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
          {t('common.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
