// The backup on quit. Only the renderer reads IndexedDB, so before a window goes away its page is
// asked for an automatic backup, and the quit (or the close) waits until the page says it is done,
// or until a timeout, so a stuck page never keeps Relais from quitting.
//
// A quit is held in the app's before-quit event, never by refusing the window's close: Electron
// takes a refused close during a quit as "quit cancelled" and clears its quitting flag, so on
// macOS (where closing the last window does not quit) Cmd+Q left the app in the Dock with no
// window. Each new window owes its own backup, so quitting after a reopen from the Dock writes one.
export interface QuitGuardDeps {
  /** Ask the window's page for its backup (the app-before-quit event). */
  requestBackup(): void
  /** Quit for real, once the backup is done (app.quit()). */
  quitApp(): void
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
  /** Say the window is saving before it closes (true while waiting, false once it goes on). */
  showSaving(saving: boolean): void
}

// On the large workspace (138,300 records) the quit backup measured 46 s under load (33.6 s to
// read every table, 12.6 s to encode; fake-indexeddb, Chromium's IndexedDB reads faster): 10 s
// dropped it. A minute fits it with margin and still lets a stuck page quit.
export const QUIT_BACKUP_TIMEOUT_MS = 60_000

type BackupState = 'no-window' | 'owed' | 'waiting' | 'done'

export function createQuitGuard(deps: QuitGuardDeps, timeoutMs = QUIT_BACKUP_TIMEOUT_MS) {
  let state: BackupState = 'no-window'
  let then: 'close' | 'quit' = 'close'
  let closeWindow: (() => void) | null = null
  let timer: unknown = null

  const ready = (): void => {
    if (state !== 'waiting') return
    state = 'done'
    deps.clearTimer(timer)
    deps.showSaving(false)
    if (then === 'quit') deps.quitApp()
    else closeWindow?.()
  }

  const hold = (next: 'close' | 'quit'): false => {
    if (next === 'quit') then = 'quit'
    if (state === 'owed') {
      state = 'waiting'
      deps.showSaving(true)
      deps.requestBackup()
      timer = deps.setTimer(ready, timeoutMs)
    }
    return false
  }

  return {
    /** A window (and its page) opened: its backup is owed when it closes or the app quits. */
    windowOpened(close: () => void): void {
      state = 'owed'
      then = 'close'
      closeWindow = close
    },
    /** The window is gone: nothing left to back up until another one opens. */
    windowClosed(): void {
      if (state === 'waiting') {
        deps.clearTimer(timer)
        deps.showSaving(false)
      }
      state = 'no-window'
      closeWindow = null
    },
    /** On the app's before-quit: true lets the quit go on; false means prevent it and wait. */
    allowQuit(): boolean {
      return state === 'no-window' || state === 'done' ? true : hold('quit')
    },
    /** On the window's close event (the person closed it): true lets it close; false holds it. */
    allowClose(): boolean {
      return state === 'no-window' || state === 'done' ? true : hold('close')
    },
    /** The page is done (backup written, or nothing to write). */
    ready
  }
}
