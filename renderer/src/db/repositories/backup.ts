// The whole database in and out, for backups: one read transaction (a consistent snapshot) and one
// write transaction that replaces every table (all or nothing). A backup from an older schema is
// brought up to date by the schema's own upgrades, in that same transaction.
import Dexie from 'dexie'
import { BACKUP_TABLES, type BackupTableName, type BackupTables } from '@shared/backup/format'
import { LATEST_VERSION, upgradeRecordsFrom } from '../migrations'
import { db, type RelaisDatabase } from '../schema'
import { putInChunks } from './records'

export async function readAllTables(database: RelaisDatabase = db()): Promise<BackupTables> {
  const tables = BACKUP_TABLES.map((name) => database.table(name))
  return database.transaction('r', tables, async () => {
    const contents = await Promise.all(tables.map((table) => table.toArray()))
    // Each table holds the records its schema (BACKUP_TABLE_SCHEMAS) describes
    return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, contents[i]])) as BackupTables
  })
}

/** How many records each table holds now. */
export async function countAllTables(
  database: RelaisDatabase = db()
): Promise<Record<BackupTableName, number>> {
  const counts = await Promise.all(BACKUP_TABLES.map((name) => database.table(name).count()))
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, counts[i]])) as Record<
    BackupTableName,
    number
  >
}

/** Replaces everything with the given (already validated) tables, in one transaction. */
export async function replaceAllTables(tables: BackupTables, schemaVersion = LATEST_VERSION): Promise<void> {
  const d = db()
  await d.transaction(
    'rw',
    BACKUP_TABLES.map((name) => d.table(name)),
    async (tx) => {
      for (const name of BACKUP_TABLES) {
        const table = d.table<unknown, string>(name)
        await table.clear()
        await putInChunks(table, tables[name])
      }
      await upgradeRecordsFrom(schemaVersion, tx)
    }
  )
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
