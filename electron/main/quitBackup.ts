// The backup on quit: the first close of the window is held while the renderer (which alone reads
// IndexedDB) writes an automatic backup; it closes when the renderer says it is done, or after a
// timeout, so a stuck page never keeps Relais from quitting.
export interface QuitGuardDeps {
  /** Ask the renderer for its backup (the app-before-quit event). */
  requestBackup(): void
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
}

export const QUIT_BACKUP_TIMEOUT_MS = 10_000

export function createQuitGuard(deps: QuitGuardDeps, timeoutMs = QUIT_BACKUP_TIMEOUT_MS) {
  let state: 'open' | 'waiting' | 'done' = 'open'
  let timer: unknown = null
  let closeNow: (() => void) | null = null

  const ready = (): void => {
    if (state !== 'waiting') return
    state = 'done'
    deps.clearTimer(timer)
    closeNow?.()
  }

  return {
    /** On the window's close event: true lets it close; false means prevent it and wait. */
    allowClose(close: () => void): boolean {
      if (state === 'done') return true
      if (state === 'open') {
        state = 'waiting'
        closeNow = close
        deps.requestBackup()
        timer = deps.setTimer(ready, timeoutMs)
      }
      return false
    },
    /** The renderer is done (backup written, or nothing to write). */
    ready
  }
}
