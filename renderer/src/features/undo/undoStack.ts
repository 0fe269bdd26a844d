// The last reversible actions (a delete, a stage move), newest last. Ctrl/Cmd+Z undoes the newest.
export interface UndoEntry {
  /** Sentence shown once undone, already translated. */
  label: string
  undo: () => Promise<void>
  /** Takes down the notification that offered this undo: undone by Ctrl+Z, its button is stale. */
  dismiss?: () => void
}

const MAX_ENTRIES = 20
const entries: UndoEntry[] = []

export function pushUndo(entry: UndoEntry): void {
  entries.push(entry)
  if (entries.length > MAX_ENTRIES) entries.shift()
}

/** Remove a specific entry (it was undone another way, e.g. from a notification's button). */
export function forgetUndo(entry: UndoEntry): void {
  const index = entries.lastIndexOf(entry)
  if (index >= 0) entries.splice(index, 1)
}

export async function undoLast(): Promise<UndoEntry | undefined> {
  const entry = entries.pop()
  if (entry) await entry.undo()
  return entry
}

export function clearUndo(): void {
  entries.length = 0
}
