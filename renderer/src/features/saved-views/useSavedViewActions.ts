import { useTranslation } from 'react-i18next'
import {
  createSavedView,
  deleteSavedView,
  restoreSavedView,
  updateSavedView
} from '@renderer/db/repositories/savedViews'
import { useNotify } from '@renderer/hooks/useNotify'
import { useUndoable } from '@renderer/hooks/useUndoable'
import type { SavedView, SavedViewScope } from '@shared/schemas'
import type { ViewNameValues } from './SaveViewModal'

/** Save, rename, pin and delete (with Undo) the views of a list. */
export function useSavedViewActions(scope: SavedViewScope) {
  const { t } = useTranslation()
  const notify = useNotify()
  const undoable = useUndoable()
  return {
    create: (values: ViewNameValues, state: object) =>
      createSavedView({ scope, ...values, state: { ...state } }),
    rename: (view: SavedView, values: ViewNameValues) => updateSavedView(view.id, values),
    replaceState: async (view: SavedView, state: object) => {
      try {
        await updateSavedView(view.id, { state: { ...state } })
        notify.success(t('savedViews.updated', { name: view.name }))
      } catch (error) {
        notify.failure(error)
      }
    },
    togglePin: (view: SavedView) => updateSavedView(view.id, { pinned: !view.pinned }).catch(notify.failure),
    remove: (view: SavedView) =>
      undoable({
        run: async () => {
          const deleted = await deleteSavedView(view.id)
          return () => restoreSavedView(deleted)
        },
        done: t('savedViews.deleted', { name: view.name }),
        undone: t('savedViews.restored', { name: view.name })
      })
  }
}
