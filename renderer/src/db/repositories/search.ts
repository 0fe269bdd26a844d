// What the search index reads: every record of the searchable tables, page by page, and the records
// a write just touched (Dexie reports the changed keys of each committed transaction, so the index
// follows edits without re-reading 100,000 interactions).
import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import { SEARCH_TABLES, type SearchRecordOf, type SearchTable } from '@shared/search/engine'
import { db, RelaisDatabase } from '../schema'

const PAGE = 2000

/** Every record of a table (Trash included: the index drops those), in pages of 2,000. */
export async function forEachSearchablePage<T extends SearchTable>(
  table: T,
  visit: (records: SearchRecordOf[T][]) => Promise<void> | void,
  database: RelaisDatabase = db()
): Promise<void> {
  const store = database.table<SearchRecordOf[T], string>(table)
  let after: string | null = null
  for (;;) {
    const page: SearchRecordOf[T][] = await (
      after === null ? store.orderBy(':id') : store.where(':id').above(after)
    )
      .limit(PAGE)
      .toArray()
    if (page.length === 0) return
    await visit(page)
    if (page.length < PAGE) return
    after = page[page.length - 1].id
  }
}

/** The name of the app's database, for a worker that reads it on a connection of its own. */
export const searchDatabaseName = (): string => db().name

/**
 * Every searchable table, page by page, on a connection of its own to `databaseName` (a worker has
 * no app database), closed at the end so that it never holds up a schema upgrade in the page.
 */
export async function forEachSearchableTable(
  visit: <T extends SearchTable>(table: T, records: SearchRecordOf[T][] | 'start') => Promise<void> | void,
  databaseName?: string
): Promise<void> {
  const database = databaseName === undefined ? db() : new RelaisDatabase(databaseName)
  try {
    for (const table of SEARCH_TABLES) {
      await visit(table, 'start')
      await forEachSearchablePage(table, (records) => visit(table, records), database)
    }
  } finally {
    if (database !== db()) database.close()
  }
}

/** The records with these ids that still exist; the ids not found were deleted for good. */
export async function getSearchable<T extends SearchTable>(
  table: T,
  ids: string[]
): Promise<{ records: SearchRecordOf[T][]; missing: string[] }> {
  const found = await db().table<SearchRecordOf[T], string>(table).bulkGet(ids)
  const records = found.filter((record) => record !== undefined)
  const missing = ids.filter((_, at) => found[at] === undefined)
  return { records, missing }
}

/** Changed ids per table, or 'all' when a whole range changed (a table cleared, a restore). */
export type SearchableChanges = Partial<Record<SearchTable, string[] | 'all'>>

function changedKeys(tree: IntervalTree): string[] | 'all' {
  const keys: string[] = []
  for (const range of RangeSet(tree)) {
    if (typeof range.from !== 'string' || cmp(range.from, range.to) !== 0) return 'all'
    keys.push(range.from)
  }
  return keys
}

/** Call back after every committed write to the searchable tables (this window or another). */
export function watchSearchableChanges(onChange: (changes: SearchableChanges) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const changes: SearchableChanges = {}
    for (const table of SEARCH_TABLES) {
      const tree = parts[`idb://${db().name}/${table}/`]
      if (tree) changes[table] = changedKeys(tree)
    }
    if (Object.keys(changes).length > 0) onChange(changes)
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on.storagemutated.unsubscribe(listener)
}
