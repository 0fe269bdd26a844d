// Done, snooze, reassign, cancel, reopen and delete, each with Undo (button and Ctrl/Cmd+Z).
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  cancelFollowUp,
  completeFollowUp,
  deleteFollowUp,
  rescheduleFollowUp,
  restoreFollowUp,
  revertFollowUp
} from '@renderer/db/repositories/followUps'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useUndoable } from '@renderer/hooks/useUndoable'
import type { CalendarDate } from '@shared/domain/dates'
import type { FollowUp } from '@shared/schemas'

export function useFollowUpActions() {
  const { t } = useTranslation()
  const format = useFormatters()
  const undoable = useUndoable()

  // The same object while the language stays: timeline entries memoise on it
  return useMemo(() => {
    const revertible = (change: () => Promise<FollowUp>) => async () => {
      const previous = await change()
      return async () => void (await revertFollowUp(previous))
    }
    return {
      done: (f: FollowUp) =>
        undoable({
          run: revertible(() => completeFollowUp(f.id)),
          done: t('followUps.actions.doneMessage', { title: f.title }),
          undone: t('followUps.actions.reopenedMessage', { title: f.title })
        }),
      reschedule: (f: FollowUp, dueDate: CalendarDate) =>
        undoable({
          run: revertible(() => rescheduleFollowUp(f.id, dueDate)),
          done: t('followUps.actions.movedMessage', { title: f.title, date: format.date(dueDate) }),
          undone: t('followUps.actions.restoredDateMessage', { title: f.title })
        }),
      reopen: (f: FollowUp) =>
        undoable({
          run: revertible(() => rescheduleFollowUp(f.id, f.dueDate)),
          done: t('followUps.actions.reopenedMessage', { title: f.title }),
          undone: t('followUps.actions.restoredStatusMessage', { title: f.title })
        }),
      cancel: (f: FollowUp) =>
        undoable({
          run: revertible(() => cancelFollowUp(f.id)),
          done: t('followUps.actions.cancelledMessage', { title: f.title }),
          undone: t('followUps.actions.reopenedMessage', { title: f.title })
        }),
      remove: (f: FollowUp) =>
        undoable({
          run: async () => {
            await deleteFollowUp(f.id)
            return () => restoreFollowUp(f.id)
          },
          done: t('common.movedToTrash', { name: f.title }),
          undone: t('undo.restored', { name: f.title })
        })
    }
  }, [t, format, undoable])
}

export type FollowUpActions = ReturnType<typeof useFollowUpActions>
