// Saved views: a list's filters and sort kept under a name, optionally pinned in the navigation.
import { compareText } from '@shared/domain/text'
import { parseOrThrow, savedViewSchema, type SavedView, type SavedViewScope } from '@shared/schemas'
import { db } from '../schema'
import { getOrThrow, newId, nowIso } from './records'

export interface SavedViewInput {
  scope: SavedViewScope
  name: string
  state: Record<string, unknown>
  pinned?: boolean
}

const byName = (a: SavedView, b: SavedView) => compareText(a.name, b.name)

/** The views of one list, or of every list, by name. */
export async function listSavedViews(scope?: SavedViewScope): Promise<SavedView[]> {
  const table = db().savedViews
  const views = scope ? await table.where('scope').equals(scope).toArray() : await table.toArray()
  return views.sort(byName)
}

export function getSavedView(id: string): Promise<SavedView | undefined> {
  return db().savedViews.get(id)
}

export async function createSavedView(input: SavedViewInput): Promise<SavedView> {
  const at = nowIso()
  const view = parseOrThrow(savedViewSchema, { ...input, id: newId(), createdAt: at, updatedAt: at })
  await db().savedViews.add(view)
  return view
}

/** Rename, pin or unpin, or replace the filters of a view. */
export async function updateSavedView(
  id: string,
  patch: Partial<Pick<SavedView, 'name' | 'pinned' | 'state'>>
): Promise<SavedView> {
  return db().transaction('rw', db().savedViews, async () => {
    const current = await getOrThrow(db().savedViews, id)
    const view = parseOrThrow(savedViewSchema, { ...current, ...patch, updatedAt: nowIso() })
    await db().savedViews.put(view)
    return view
  })
}

/** Delete a view; returns it so the deletion can be undone with restoreSavedView. */
export async function deleteSavedView(id: string): Promise<SavedView> {
  return db().transaction('rw', db().savedViews, async () => {
    const view = await getOrThrow(db().savedViews, id)
    await db().savedViews.delete(id)
    return view
  })
}

export async function restoreSavedView(view: SavedView): Promise<void> {
  await db().savedViews.put(parseOrThrow(savedViewSchema, view))
}
