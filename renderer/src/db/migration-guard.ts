// A backup before every schema upgrade, taken from the OLD version's data: before the app's Dexie
// (which declares the new version) opens the database, the database is opened as it is on disk,
// without declaring any version (Dexie's dynamic mode), read whole, and handed to `save` as a
// backup file. Only then may the upgrade run. If saving fails the upgrade must not run: the caller
// lets the error stop the start, with the old data intact.
import Dexie from 'dexie'
import { BACKUP_TABLES, encodeBackup, type BackupTables } from '@shared/backup/format'
import { recordsByTable } from '@shared/db/table-spec'
import { TABLES } from '@shared/db/tables'

export type SaveBackup = (content: Uint8Array, fromVersion: number) => Promise<void>

/** The schema version on disk (0: no database yet), without creating or upgrading anything. */
export async function storedSchemaVersion(name: string): Promise<number> {
  if (!(await Dexie.exists(name))) return 0
  const database = new Dexie(name)
  try {
    await database.open()
    return database.verno
  } finally {
    database.close()
  }
}

async function readAsStored(name: string): Promise<{ version: number; tables: BackupTables }> {
  const database = new Dexie(name)
  await database.open()
  try {
    const present = new Set(database.tables.map((t) => t.name))
    const contents = await Promise.all(
      BACKUP_TABLES.map((table) => (present.has(table) ? database.table<unknown>(table).toArray() : []))
    )
    // Records as the old version stored them; a restore validates them before use
    const tables: BackupTables = recordsByTable(
      TABLES,
      BACKUP_TABLES,
      (t) => contents[BACKUP_TABLES.indexOf(t)]
    )
    return { version: database.verno, tables }
  } finally {
    database.close()
  }
}

/** True when a backup was saved because an upgrade from an older version is about to run. */
export async function backupBeforeUpgrade(
  name: string,
  targetVersion: number,
  save: SaveBackup,
  meta: { appVersion: string; now?: Date }
): Promise<boolean> {
  const stored = await storedSchemaVersion(name)
  if (stored === 0 || stored >= targetVersion) return false
  const { version, tables } = await readAsStored(name)
  const content = await encodeBackup(tables, {
    exportedAt: (meta.now ?? new Date()).toISOString(),
    appVersion: meta.appVersion,
    schemaVersion: version
  })
  await save(content, version)
  return true
}
