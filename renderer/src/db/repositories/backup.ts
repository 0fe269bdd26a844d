// The whole database in and out, for backups: one read transaction (a consistent snapshot) and one
// write transaction that replaces every table (all or nothing). A backup from an older schema is
// brought up to date by the schema's own upgrades, in that same transaction. The tables are the
// registry's backup tables (shared/db/tables.ts); a test may pass its own registry.
import Dexie from 'dexie'
import { BACKUP_TABLES, type BackupTableName, type BackupTables } from '@shared/backup/format'
import { byTable, recordsByTable, tablesWith, type Registry } from '@shared/db/table-spec'
import { TABLES, type AppTables } from '@shared/db/tables'
import { LATEST_VERSION, upgradeRecordsFrom } from '../migrations'
import { db } from '../schema'
import type { Opportunity } from '@shared/schemas'
import { withOrganizationCopies } from './fileOrganizations'
import { addInChunks } from './records'

export function readAllTables(database?: Dexie): Promise<BackupTables>
export function readAllTables<R extends Registry>(database: Dexie, registry: R): Promise<BackupTables<R>>
export async function readAllTables(
  database: Dexie = db(),
  registry: Registry = TABLES
): Promise<BackupTables<Registry>> {
  const names = tablesWith(registry, 'backup')
  return database.transaction('r', names, async () => {
    const contents = await Promise.all(names.map((name) => database.table<unknown, string>(name).toArray()))
    // Each table holds the records its schema describes; copies are left out (a restore makes them)
    return recordsByTable(registry, names, (name) => {
      const records = contents[names.indexOf(name)]
      const withoutCopies = registry[name].withoutCopies
      return withoutCopies ? records.map(withoutCopies) : records
    })
  })
}

/** How many records each table holds now. */
export async function countAllTables(database: Dexie = db()): Promise<Record<BackupTableName, number>> {
  const counts = await Promise.all(BACKUP_TABLES.map((name) => database.table(name).count()))
  return byTable(BACKUP_TABLES, (name) => counts[BACKUP_TABLES.indexOf(name)])
}

/** A table's records to restore: the files with their copy of their company made from the backup's. */
function withCopies(name: string, tables: Partial<Record<string, unknown[]>>): unknown[] {
  const records = tables[name] ?? []
  const { organizations } = tables as Partial<BackupTables>
  if (name !== 'opportunities' || !organizations) return records
  return withOrganizationCopies(records as Opportunity[], organizations)
}

/**
 * Replaces everything with the given (already validated) tables, in one transaction; the files'
 * copies of their companies' names (left out of backups) are made from the restored companies.
 */
export async function replaceAllTables<R extends Registry = AppTables>(
  tables: BackupTables<R>,
  schemaVersion = LATEST_VERSION,
  registry: Registry = TABLES
): Promise<void> {
  const d = db()
  const names = tablesWith(registry, 'backup')
  await d.transaction('rw', names, async (tx) => {
    for (const name of names) {
      const table = d.table<unknown, string>(name)
      await table.clear()
      await addInChunks(table, withCopies(name, tables))
    }
    await upgradeRecordsFrom(schemaVersion, tx)
  })
}

let committedWrites = 0
let counting = false

/**
 * How many writes were committed since the first call (this window's and other windows'): equal
 * counts mean the data did not change in between.
 */
export function committedWriteCount(): number {
  if (!counting) {
    Dexie.on('storagemutated', () => {
      committedWrites += 1
    })
    counting = true
  }
  return committedWrites
}
