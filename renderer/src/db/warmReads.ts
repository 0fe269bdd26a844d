// A screen's first reads, started while React renders it rather than after its first paint.
import { liveQuery } from 'dexie'

/** The longest a warm-up stays subscribed if its reads never answer. */
const WARM_MS = 2000

/**
 * Issues `read` in a live query of its own, closed at its first answer. A screen's live queries
 * start their reads only after the screen's effects, and then a timer later (Dexie's liveQuery),
 * about 40 ms into a navigation that commits a big screen. Called while the screen renders, the
 * same range reads are in flight by then: Dexie's live-query cache serves them to the screen's
 * queries that ask for the same ranges (in flight or answered), instead of reading them again,
 * and keeps them while a query uses them (3 s after the last one stops, as for any screen).
 */
export function warmReads(read: () => Promise<unknown>): void {
  let closed = false
  const subscription = liveQuery(read).subscribe({ next: close, error: close })
  const timer = setTimeout(close, WARM_MS)
  function close() {
    if (closed) return
    closed = true
    clearTimeout(timer)
    subscription.unsubscribe()
  }
}
