// A screen just opened reads the database and renders for a second or two. The app's start-up
// background work (the search index's first load, the name directory's first read, the palette's
// mount) runs beside whatever screen is open in its first seconds: on a two-core laptop it took the
// cores and the database from that screen (Today opened 4 s after start took twice as long). So that
// work waits while a screen settles: from its opening until the page had no long task for a moment.

const QUIET_MS = 600
// a screen that keeps the page busy (an endless animation…) does not hold the work back for ever
const MAX_HOLD_MS = 4000

let settling = false
let quietTimer: ReturnType<typeof setTimeout> | undefined
let capTimer: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<(settling: boolean) => void>()

function setSettling(next: boolean): void {
  if (settling === next) return
  settling = next
  listeners.forEach((listener) => listener(next))
}

function settled(): void {
  clearTimeout(quietTimer)
  clearTimeout(capTimer)
  quietTimer = capTimer = undefined
  setSettling(false)
}

const waitForQuiet = () => {
  clearTimeout(quietTimer)
  quietTimer = setTimeout(settled, QUIET_MS)
}

let longTasks: PerformanceObserver | null | undefined
/** Each long task while a screen settles puts the end of the wait back. */
function watchLongTasks(): void {
  if (longTasks !== undefined) return
  longTasks = null
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return
  longTasks = new PerformanceObserver(() => {
    if (settling) waitForQuiet()
  })
  longTasks.observe({ type: 'longtask' })
}

let visit = new AbortController()

/**
 * A screen is opening (the app's start, a navigation): background work waits until it settles,
 * and the long reads of the screen left stop between their steps (screenVisitSignal).
 */
export function screenOpening(): void {
  visit.abort()
  visit = new AbortController()
  if (typeof PerformanceObserver !== 'undefined') watchLongTasks()
  // counted from the first screen of a run of openings: switching screens fast holds it no longer
  if (!settling) capTimer = setTimeout(settled, MAX_HOLD_MS)
  waitForQuiet()
  setSettling(true)
}

/** Aborted when another screen opens: a screen's long read stops between its steps once it is left. */
export const screenVisitSignal = (): AbortSignal => visit.signal

/** Resolves at once when no screen is settling, else once it has. */
export function whenScreenSettled(): Promise<void> {
  if (!settling) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = onScreenSettling((now) => {
      if (now) return
      stop()
      resolve()
    })
  })
}

/** Calls `listener(true)` when a screen starts settling, `listener(false)` once it has. */
export function onScreenSettling(listener: (settling: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether a screen is settling now. */
export const screenSettling = (): boolean => settling

/**
 * Start-up background work: runs `run` once `afterMs` have passed, no screen is settling and the
 * browser is idle (`idleTimeoutMs` at the most). Returns a function that cancels it.
 */
export function runInBackgroundAfter(afterMs: number, idleTimeoutMs: number, run: () => void): () => void {
  let idle: number | undefined
  let cancelled = false
  const whenIdle = () => {
    if (cancelled) return
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: idleTimeoutMs })
    else run()
  }
  const timer = setTimeout(() => void whenScreenSettled().then(whenIdle), afterMs)
  return () => {
    cancelled = true
    clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
