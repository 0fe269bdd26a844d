// Dexie's live-query cache, seen from the benchmark: bench/screens.mjs waits until the results of
// the screens left are gone, so that each run of a screen figure reads what a visit reads.
import Dexie from 'dexie'

interface CachedQuery {
  subscribers: Set<unknown>
}
type QueryCache = Record<string, { queries: Record<string, Record<string, CachedQuery[]>> }>

/**
 * How many query results Dexie still keeps for screens already left (it keeps a result 3 s after
 * its last subscriber goes): a screen opened while one is kept is served that copy instead of
 * reading the database. Reads Dexie's own cache (`Dexie.cache`); its unit test fails if that changes.
 */
export function leftQueriesCached(): number {
  const tables = Object.values((Dexie as unknown as { cache: QueryCache }).cache)
  return tables
    .flatMap((table) => Object.values(table.queries).flatMap((byIndex) => Object.values(byIndex).flat()))
    .filter((entry) => entry.subscribers.size === 0).length
}
