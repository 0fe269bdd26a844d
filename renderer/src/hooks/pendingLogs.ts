// Quick logs on their way to the database: the timeline shows each one on the frame after
// Ctrl/Cmd+Enter, and the write follows. An entry leaves when the timeline's own read has it, or
// when its write was refused (the dialog then reopens with what was typed).
import { useSyncExternalStore } from 'react'
import type { Interaction } from '@shared/schemas'

let pending: readonly Interaction[] = []
const listeners = new Set<() => void>()

function set(next: readonly Interaction[]): void {
  pending = next
  listeners.forEach((listener) => listener())
}

export const pendingLogs = {
  add(interaction: Interaction): void {
    set([interaction, ...pending])
  },
  /** Drops the entries whose id is in `ids` (stored at last, or refused). */
  forget(ids: ReadonlySet<string>): void {
    if (pending.some((i) => ids.has(i.id))) set(pending.filter((i) => !ids.has(i.id)))
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function usePendingLogs(): readonly Interaction[] {
  return useSyncExternalStore(subscribe, () => pending)
}
