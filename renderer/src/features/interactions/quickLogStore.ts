// Who asked the quick log to open, and with what: the header button, Ctrl/Cmd+L, a company page, a
// financing file, an event. One dialog for the whole app, so a tiny store rather than a context.
import { useSyncExternalStore } from 'react'
import type { Interaction, InteractionKind } from '@shared/schemas'
import type { QuickLogValues } from './quickLogForm'

export interface QuickLogPreset {
  organizationIds?: string[]
  contactIds?: string[]
  opportunityId?: string
  eventId?: string
  kind?: InteractionKind
  /** Prefilled from a captured calendar meeting (features/capture), told once it is saved. */
  occurredAt?: string
  durationMinutes?: number | null
  title?: string
  notes?: string
  onSaved?: (interactionId: string) => Promise<void>
}

export type QuickLogState =
  | { opened: false }
  | { opened: true; preset: QuickLogPreset; editing: null; session: number; draft?: QuickLogValues }
  | { opened: true; preset: QuickLogPreset; editing: Interaction; session: number }

let state: QuickLogState = { opened: false }
let session = 0
const listeners = new Set<() => void>()

function set(next: QuickLogState): void {
  state = next
  listeners.forEach((listener) => listener())
}

export const quickLog = {
  open(preset: QuickLogPreset = {}): void {
    if (!state.opened) set({ opened: true, preset, editing: null, session: ++session })
  },
  /** Opens again with what was typed: a log whose write was refused after the dialog closed. */
  reopen(draft: QuickLogValues): void {
    if (!state.opened) set({ opened: true, preset: {}, editing: null, session: ++session, draft })
  },
  edit(interaction: Interaction): void {
    set({ opened: true, preset: {}, editing: interaction, session: ++session })
  },
  close(): void {
    set({ opened: false })
  },
  /** Who to tell once the log being saved is stored: read before the dialog closes. */
  whenSaved(): ((interactionId: string) => Promise<void>) | undefined {
    return state.opened && !state.editing ? state.preset.onSaved : undefined
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useQuickLogState(): QuickLogState {
  return useSyncExternalStore(subscribe, () => state)
}

/** Open the quick log from anywhere, prefilled (a company page, a financing file, an event). */
export function useQuickLog(): Pick<typeof quickLog, 'open' | 'edit'> {
  return quickLog
}
