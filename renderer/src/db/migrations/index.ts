// Every schema version, oldest first. Never edit a shipped version: add the next one
// (see v1.ts for the shape) with its upgrade function and a test that opens a database written
// by the previous version with data in it (tests/unit/renderer/db/migrations.test.ts).
import type Dexie from 'dexie'
import { v1 } from './v1'

export interface Migration {
  version: number
  stores: Record<string, string | null>
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0]
}

export const MIGRATIONS: Migration[] = [v1]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export function applyMigrations(database: Dexie, upTo = LATEST_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > upTo) break
    const version = database.version(migration.version).stores(migration.stores)
    if (migration.upgrade) version.upgrade(migration.upgrade)
  }
}
