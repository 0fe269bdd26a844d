import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useUndoable } from '@renderer/hooks/useUndoable'
import { ConfirmDelete } from './ConfirmDelete'

interface RecordActionsProps {
  name: string
  onEdit: () => void
  remove: () => Promise<void>
  restore: () => Promise<void>
  /** Where to go once deleted (the list), and back to after an undo (the record's page). */
  listPath: string
  recordPath: string
}

/** Edit and Delete for a record page; delete asks first, goes to the Trash, and offers Undo. */
export function RecordActions({ name, onEdit, remove, restore, listPath, recordPath }: RecordActionsProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const undoable = useUndoable()
  const [confirming, confirm] = useDisclosure()

  const moveToTrash = async () => {
    confirm.close()
    const moved = await undoable({
      run: async () => {
        await remove()
        return async () => {
          await restore()
          navigate(recordPath)
        }
      },
      done: t('common.movedToTrash', { name }),
      undone: t('undo.restored', { name })
    })
    if (moved) navigate(listPath)
  }

  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={confirm.open}
      >
        {t('common.delete')}
      </Button>
      <ConfirmDelete opened={confirming} name={name} onCancel={confirm.close} onConfirm={moveToTrash} />
    </>
  )
}
