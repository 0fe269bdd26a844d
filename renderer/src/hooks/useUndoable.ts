// Run a reversible action, confirm it with an Undo button, and put it on the Ctrl/Cmd+Z stack.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { useNotify } from './useNotify'

export interface UndoableAction {
  /** Does the thing and returns how to take it back. */
  run: () => Promise<() => Promise<void>>
  /** Confirmation shown once done, already translated. */
  done: string
  /** Shown once undone, already translated. */
  undone: string
}

export function useUndoable(): (action: UndoableAction) => Promise<boolean> {
  const { t } = useTranslation()
  const notify = useNotify()
  return useCallback(
    async ({ run, done, undone }: UndoableAction) => {
      try {
        const undo = await run()
        const entry: UndoEntry = { label: undone, undo }
        pushUndo(entry)
        const id = notify.offer(done, {
          label: t('common.undo'),
          onClick: () => {
            forgetUndo(entry)
            void undo().catch(notify.failure)
          }
        })
        entry.dismiss = () => notify.dismiss(id)
        return true
      } catch (error) {
        notify.failure(error)
        return false
      }
    },
    [notify, t]
  )
}
