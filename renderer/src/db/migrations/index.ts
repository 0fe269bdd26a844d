// Every schema version, oldest first. Never edit a shipped version: add the next one with its
// upgrade function and a test that opens a database written by the previous version with data in
// it (tests/unit/renderer/db/migrations.test.ts). A new version's stores are the tables whose
// indexes the registry (shared/db/tables.ts) sets at that version: `storesChangedAt(TABLES, 3)`;
// tests/unit/renderer/db/registry.test.ts checks the registry and the migrations agree.
import type Dexie from 'dexie'
import type { Transaction } from 'dexie'
import { v1 } from './v1'
import { v2 } from './v2'
import { v3 } from './v3'
import { v4 } from './v4'
import { v5 } from './v5'
import { v6 } from './v6'

export interface Migration {
  version: number
  stores: Record<string, string | null>
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0]
}

export const MIGRATIONS: Migration[] = [v1, v2, v3, v4, v5, v6]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export function applyMigrations(database: Dexie, upTo = LATEST_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) break
    const version = database.version(migration.version).stores(migration.stores)
    if (migration.upgrade) version.upgrade(migration.upgrade)
  }
}

/**
 * Brings records written by an older schema (a restored backup) up to date with the same upgrades,
 * inside the caller's transaction over every table. Upgrades only transform data: a version that
 * renames or drops a table must also say how its backups are read (shared/backup/format.ts).
 */
export async function upgradeRecordsFrom(version: number, tx: Transaction): Promise<void> {
  for (const migration of MIGRATIONS)
    if (migration.version > version && migration.upgrade) await migration.upgrade(tx)
}
