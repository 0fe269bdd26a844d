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
  /** Prefilled from a captured calendar meeting (features/capture)… */
  occurredAt?: string
  durationMinutes?: number | null
  title?: string
  notes?: string
  /** …which the save remembers as logged, in the log's own transaction. */
  captureKey?: string
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
  reopen(draft: QuickLogValues, preset: QuickLogPreset = {}): void {
    if (!state.opened) set({ opened: true, preset, editing: null, session: ++session, draft })
  },
  edit(interaction: Interaction): void {
    set({ opened: true, preset: {}, editing: interaction, session: ++session })
  },
  close(): void {
    set({ opened: false })
  },
  /** The captured meeting the log being saved records: read before the dialog closes. */
  captureKey(): string | undefined {
    return state.opened && !state.editing ? state.preset.captureKey : undefined
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
