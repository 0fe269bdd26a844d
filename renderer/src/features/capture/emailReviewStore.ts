// The e-mail review list, opened by a drop, the File menu or the picker; one for the whole app.
import { useSyncExternalStore } from 'react'
import type { CapturedEmail } from '@shared/capture/email'

/** The record the messages were dropped on: they are logged with it too. */
export type DropTarget = { type: 'organization' | 'contact'; id: string } | null

export type EmailReviewState =
  { opened: false } | { opened: true; emails: CapturedEmail[]; target: DropTarget }

let state: EmailReviewState = { opened: false }
const listeners = new Set<() => void>()

function set(next: EmailReviewState): void {
  state = next
  listeners.forEach((listener) => listener())
}

export const emailReview = {
  open: (emails: CapturedEmail[], target: DropTarget) => set({ opened: true, emails, target }),
  close: () => set({ opened: false })
}

export function useEmailReviewState(): EmailReviewState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state
  )
}
