import { useHotkeys } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useNotify } from '@renderer/hooks/useNotify'
import { undoLast } from './undoStack'

/**
 * Ctrl/Cmd+Z anywhere but in a text field (there the field's own undo applies) undoes the last
 * delete or stage move.
 */
export function useUndoShortcut(): () => Promise<void> {
  const { t } = useTranslation()
  const notify = useNotify()
  const run = async () => {
    try {
      const entry = await undoLast()
      // one notification per action: the one that offered the undo gives way to « restored »
      entry?.dismiss?.()
      notify.success(entry ? entry.label : t('undo.nothing'))
    } catch (error) {
      notify.failure(error)
    }
  }
  useHotkeys([['mod+Z', () => void run()]])
  return run
}
