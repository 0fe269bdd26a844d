import { ActionIcon, Menu } from '@mantine/core'
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface EditDeleteMenuProps {
  /** The button's accessible name, e.g. "Actions for « Visit »". */
  label: string
  onEdit: () => void
  onDelete: () => void
  /** Open from its first render, its button focused (a timeline entry mounts it when first pressed). */
  initiallyOpened?: boolean
}

/** The "…" menu of an entry in a list: Edit, Delete. */
export function EditDeleteMenu({ label, onEdit, onDelete, initiallyOpened = false }: EditDeleteMenuProps) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={initiallyOpened}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label} autoFocus={initiallyOpened}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
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
