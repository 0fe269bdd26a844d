// One live query shared by a screen and the navigation that opens it. `start()` runs its reads at
// the navigation, before the screen's code has loaded and the previous screen has unmounted; the
// screen then subscribes to the same query (useSharedQuery) instead of starting its own. Its result
// lives only while the screen shows it: nothing is kept between visits beside Dexie's own cache.
import { liveQuery } from 'dexie'

export type QueryOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

type Observer<T> = (outcome: QueryOutcome<T>) => void

/** Reads started for a screen that never subscribed (left at once) are let go after this. */
const UNCLAIMED_MS = 5000

export interface SharedQuery<T> {
  /** Starts the reads now, for a screen about to subscribe. */
  start(): void
  subscribe(observer: Observer<T>): { unsubscribe(): void }
  /** For dexie-react-hooks' useObservable: a screen that subscribes after the result renders it at once. */
  hasValue(): boolean
  getValue(): QueryOutcome<T> | undefined
}

export function sharedQuery<T>(query: () => Promise<T>, unclaimedMs = UNCLAIMED_MS): SharedQuery<T> {
  const observers = new Set<Observer<T>>()
  let source: { unsubscribe(): void } | null = null
  let latest: QueryOutcome<T> | undefined
  let unclaimed: ReturnType<typeof setTimeout> | undefined

  const publish = (outcome: QueryOutcome<T>) => {
    latest = outcome
    observers.forEach((observer) => observer(outcome))
  }
  const run = () => {
    source ??= liveQuery(async () => {
      try {
        return { ok: true as const, value: await query() }
      } catch (error) {
        return { ok: false as const, error }
      }
    }).subscribe({ next: publish, error: (error: unknown) => publish({ ok: false, error }) })
  }
  const stopWhenUnused = () => {
    if (observers.size > 0 || unclaimed !== undefined || !source) return
    source.unsubscribe()
    source = null
    latest = undefined
  }
  const claim = () => {
    clearTimeout(unclaimed)
    unclaimed = undefined
  }

  return {
    start() {
      claim()
      run()
      unclaimed = setTimeout(() => {
        unclaimed = undefined
        stopWhenUnused()
      }, unclaimedMs)
    },
    subscribe(observer) {
      observers.add(observer)
      // the screen has its result in hand: leaving it ends the query
      claim()
      run()
      if (latest) observer(latest)
      return {
        unsubscribe() {
          observers.delete(observer)
          stopWhenUnused()
        }
      }
    },
    hasValue: () => latest !== undefined,
    getValue: () => latest
  }
}
