// The Dexie database "relais". Its tables come from the registry (shared/db/tables.ts); every
// version lives in migrations/; repositories are the only code that touches these tables.
import Dexie, { type Table } from 'dexie'
import type { RecordOf, Registry } from '@shared/db/table-spec'
import type { AppTables } from '@shared/db/tables'
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
  }
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
