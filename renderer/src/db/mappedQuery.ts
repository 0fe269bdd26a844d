// A shared query seen through a function of its value: subscribing to it subscribes to the source,
// so both share one live query (the board's files and the table's files are one read).
import type { QueryOutcome, SharedQuery } from './sharedQuery'

export function mappedQuery<A, T>(source: SharedQuery<A>, map: (value: A) => T): SharedQuery<T> {
  let last: { from: QueryOutcome<A>; outcome: QueryOutcome<T> } | undefined
  // The same source value gives the same mapped value: a subscriber told twice renders once
  const current = (): QueryOutcome<T> | undefined => {
    const from = source.getValue()
    if (!from) return undefined
    if (last?.from === from) return last.outcome
    const outcome: QueryOutcome<T> = from.ok ? { ok: true, value: map(from.value) } : from
    last = { from, outcome }
    return outcome
  }
  return {
    start: () => source.start(),
    subscribe(observer) {
      return source.subscribe(() => {
        const outcome = current()
        if (outcome) observer(outcome)
      })
    },
    hasValue: () => source.hasValue(),
    getValue: current
  }
}
