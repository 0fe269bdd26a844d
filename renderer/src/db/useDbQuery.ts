// The one live-query hook: re-runs when the tables it read change, and reports errors as values.
import { useLiveQuery } from 'dexie-react-hooks'

export interface DbQueryResult<T> {
  data: T | undefined
  isLoading: boolean
  error: unknown
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

export function useDbQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): DbQueryResult<T> {
  const outcome = useLiveQuery<Outcome<T>>(
    async () => {
      try {
        return { ok: true, value: await query() }
      } catch (error) {
        return { ok: false, error }
      }
    },
    // the caller's deps describe the query
    [...deps]
  )
  if (outcome === undefined) return { data: undefined, isLoading: true, error: undefined }
  return outcome.ok
    ? { data: outcome.value, isLoading: false, error: undefined }
    : { data: undefined, isLoading: false, error: outcome.error }
}
