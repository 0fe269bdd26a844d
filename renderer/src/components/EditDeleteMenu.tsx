import { ActionIcon, Menu } from '@mantine/core'
import { useState } from 'react'
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { unusedMenuButton } from './unusedMenuButton'

interface EditDeleteMenuProps {
  /** The button's accessible name, e.g. "Actions for « Visit »". */
  label: string
  onEdit: () => void
  onDelete: () => void
}

/** The "…" menu of an entry in a list: Edit, Delete. A plain button until first pressed (see
 * unusedMenuButton): a timeline shows forty of them. */
export function EditDeleteMenu({ label, onEdit, onDelete }: EditDeleteMenuProps) {
  const { t } = useTranslation()
  const [used, setUsed] = useState(false)
  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={label}
      {...(used ? { autoFocus: true } : unusedMenuButton(() => setUsed(true)))}
    >
      <IconDots size={16} aria-hidden />
    </ActionIcon>
  )
  if (!used) return button
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
