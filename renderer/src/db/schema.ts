// The Dexie database "relais". Its tables come from the registry (shared/db/tables.ts); every
// version lives in migrations/; repositories are the only code that touches these tables.
import Dexie, { type Table } from 'dexie'
import { tablesWith, type RecordOf, type Registry } from '@shared/db/table-spec'
import { TABLES, type AppTables } from '@shared/db/tables'
import { boardCardsMirror } from './boardCardsMirror'
import { applyMigrations } from './migrations'

export const DATABASE_NAME = 'relais'

/** One typed Dexie table per table of a registry. */
export type DexieTables<R extends Registry> = { [K in keyof R]: Table<RecordOf<R[K]>, string> }

// Dexie sets one property per table a version declares: the interface types them
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface RelaisDatabase extends DexieTables<AppTables> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class RelaisDatabase extends Dexie {
  constructor(name = DATABASE_NAME) {
    // Strict durability: a user's save reaches the disk before Dexie reports success
    // (Chrome's default is relaxed since 121; see RELIABILITY.md).
    super(name, { chromeTransactionDurability: 'strict' })
    applyMigrations(this)
    countRevisions(this)
    this.use(boardCardsMirror)
  }
}

/**
 * Every write of a record with RecordMeta (the Trash's tables) adds one to its revision, whichever
 * repository writes it; a write that sets the revision itself (an upgrade, a restore) keeps it.
 */
function countRevisions(database: Dexie): void {
  for (const name of tablesWith(TABLES, 'trash')) {
    const table = database.table<{ revision?: number }, string>(name)
    table.hook('creating', (_key, record) => {
      record.revision ??= 0
    })
    table.hook('updating', (changes, _key, record) =>
      'revision' in changes || onlyCopies(changes, record)
        ? undefined
        : { revision: (record.revision ?? 0) + 1 }
    )
  }
}

/**
 * A file's copy of its company's name and region (Opportunity.organization) is not an edit of the
 * file: a rename must not make a form open on it stale. Dexie names a nested change by its path,
 * and lists every array of a put as changed: an array still equal to the stored one is no change.
 */
function onlyCopies(changes: object, record: object): boolean {
  const stored: Record<string, unknown> = { ...record }
  let copied = false
  for (const [path, value] of Object.entries(changes)) {
    if (path === 'organization' || path.startsWith('organization.')) copied = true
    else if (!Array.isArray(value) || JSON.stringify(stored[path]) !== JSON.stringify(value)) return false
  }
  return copied
}

let current: RelaisDatabase | null = null

/** The app's database (opened lazily). Tests and the benchmark may replace it with useDatabase(). */
export function db(): RelaisDatabase {
  if (!current) current = new RelaisDatabase()
  return current
}

export function useDatabase(database: RelaisDatabase): void {
  current = database
}
