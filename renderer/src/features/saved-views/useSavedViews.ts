import { useDbQuery } from '@renderer/db/useDbQuery'
import { listSavedViews } from '@renderer/db/repositories/savedViews'
import type { SavedView, SavedViewScope } from '@shared/schemas'

export const useSavedViews = (scope?: SavedViewScope) => useDbQuery(() => listSavedViews(scope), [scope])

/** The list screen a view opens on; the screen applies it and drops the parameter. */
export const savedViewPath = (view: Pick<SavedView, 'id' | 'scope'>) => `/${view.scope}?view=${view.id}`
