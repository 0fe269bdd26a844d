// Who asked the quick log to open, and with what: the header button, Ctrl/Cmd+L, a company page, a
// financing file, an event. One dialog for the whole app, so a tiny store rather than a context.
import { useSyncExternalStore } from 'react'
import type { Interaction, InteractionKind } from '@shared/schemas'

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
  | { opened: true; preset: QuickLogPreset; editing: null; session: number }
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
  edit(interaction: Interaction): void {
    set({ opened: true, preset: {}, editing: interaction, session: ++session })
  },
  close(): void {
    set({ opened: false })
  },
  /** A new log was saved: tell whoever opened the quick log with onSaved. */
  async saved(interactionId: string): Promise<void> {
    if (state.opened && !state.editing) await state.preset.onSaved?.(interactionId)
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
