// The index's first load reads every searchable record (100,000 on a large workspace) and indexes
// them in the worker. On a two-core laptop that worker still takes a core the page needs while the
// person scrolls a long list (scroll frames over 50 ms): the load waits between pages while they do.

let held = false
const waiting: (() => void)[] = []

/** Hold (true) or release (false) the first load between two pages. */
export function holdFirstLoad(hold: boolean): void {
  held = hold
  if (!hold) waiting.splice(0).forEach((go) => go())
}

/** Resolves when the first load may index its next page. */
export const firstLoadTurn = (): Promise<void> =>
  held ? new Promise((go) => waiting.push(go)) : Promise.resolve()

const QUIET_MS = 400

/**
 * Calls `hold(true)` when the person starts scrolling anything in the page, `hold(false)` once they
 * have stopped for a moment. Returns a function that stops watching (and releases a hold).
 */
export function holdWhileScrolling(hold: (held: boolean) => void, quietMs = QUIET_MS): () => void {
  if (typeof window === 'undefined') return () => undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const onScroll = () => {
    if (timer === undefined) hold(true)
    else clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      hold(false)
    }, quietMs)
  }
  // scroll does not bubble: a capturing listener on the window hears every scrolled element
  const options = { capture: true, passive: true }
  window.addEventListener('scroll', onScroll, options)
  window.addEventListener('wheel', onScroll, options)
  return () => {
    window.removeEventListener('scroll', onScroll, options)
    window.removeEventListener('wheel', onScroll, options)
    if (timer !== undefined) {
      clearTimeout(timer)
      hold(false)
    }
  }
}
