// Two shared queries seen as one: each is a live query of its own, so a write that changes one
// part re-runs only that part's reads (a stage move re-reads the files, not the companies).
import type { QueryOutcome, SharedQuery } from './sharedQuery'

export function joinedQuery<A, B, T>(
  first: SharedQuery<A>,
  second: SharedQuery<B>,
  join: (a: A, b: B) => T
): SharedQuery<T> {
  let last: { a: QueryOutcome<A>; b: QueryOutcome<B>; outcome: QueryOutcome<T> } | undefined
  // The same parts give the same joined value: a subscriber told twice renders once
  const current = (): QueryOutcome<T> | undefined => {
    const a = first.getValue()
    const b = second.getValue()
    if (!a || !b) return undefined
    if (last?.a === a && last.b === b) return last.outcome
    const outcome: QueryOutcome<T> = !a.ok
      ? { ok: false, error: a.error }
      : !b.ok
        ? { ok: false, error: b.error }
        : { ok: true, value: join(a.value, b.value) }
    last = { a, b, outcome }
    return outcome
  }
  return {
    start() {
      first.start()
      second.start()
    },
    subscribe(observer) {
      const publish = () => {
        const outcome = current()
        if (outcome) observer(outcome)
      }
      const subscriptions = [first.subscribe(publish), second.subscribe(publish)]
      return { unsubscribe: () => subscriptions.forEach((s) => s.unsubscribe()) }
    },
    hasValue: () => current() !== undefined,
    getValue: current
  }
}
