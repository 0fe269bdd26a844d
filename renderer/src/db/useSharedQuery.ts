import { useObservable } from 'dexie-react-hooks'
import type { SharedQuery } from './sharedQuery'
import type { DbQueryResult } from './useDbQuery'

/** useDbQuery for a query the navigation may have started (sharedQuery). */
export function useSharedQuery<T>(shared: SharedQuery<T>): DbQueryResult<T> {
  const outcome = useObservable(shared)
  if (outcome === undefined) return { data: undefined, isLoading: true, error: undefined }
  return outcome.ok
    ? { data: outcome.value, isLoading: false, error: undefined }
    : { data: undefined, isLoading: false, error: outcome.error }
}
