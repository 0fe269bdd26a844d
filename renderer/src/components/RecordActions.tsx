import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { forgetUndo, pushUndo } from '@renderer/features/undo'
import { useNotify } from '@renderer/hooks/useNotify'
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
  const notify = useNotify()
  const [confirming, confirm] = useDisclosure()

  const moveToTrash = async () => {
    confirm.close()
    try {
      await remove()
      const entry = {
        label: t('undo.restored', { name }),
        undo: async () => {
          await restore()
          navigate(recordPath)
        }
      }
      pushUndo(entry)
      notify.success(t('common.movedToTrash', { name }), {
        label: t('common.undo'),
        onClick: () => {
          forgetUndo(entry)
          void entry.undo().catch(notify.failure)
        }
      })
      navigate(listPath)
    } catch (error) {
      notify.failure(error)
    }
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
