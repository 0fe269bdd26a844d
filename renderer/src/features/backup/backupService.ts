// Backups from the renderer's side: it alone can read IndexedDB, so it builds the file; main (desktop)
// or a download (browser) stores it. A restore validates the whole file first, keeps a copy of the
// current data (a file on desktop, and in memory for Undo), then replaces everything at once.
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from '@shared/backup/limits'
import { AppError, isAppError } from '@shared/errors'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import {
  BACKUP_ERRORS,
  BACKUP_TABLES,
  encodeBackup,
  parseBackup,
  type Backup,
  type BackupTableName,
  type BackupTables
} from '@shared/backup/format'
import type { UnresolvedLink } from '@shared/backup/integrity'
import { TABLES } from '@shared/db/tables'
import { countAllTables, readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { currentLanguage } from '@renderer/i18n'
import type { Platform } from '@renderer/platform'

async function serialize(platform: Platform, tables: BackupTables): Promise<Uint8Array<ArrayBuffer>> {
  return encodeBackup(tables, {
    exportedAt: new Date().toISOString(),
    appVersion: await platform.appVersion(),
    schemaVersion: LATEST_VERSION
  })
}

/** A file over the limit: the message states the limit, the same one backups are written under. */
export function sayTheLimit(error: unknown): never {
  if (isAppError(error) && error.key === IPC_ERROR_KEYS.fileTooLarge)
    throw new AppError(BACKUP_ERRORS.tooLarge, { maxMegabytes: MAX_BACKUP_MEGABYTES })
  throw error
}

/** The bytes of a backup file the person picks, up to the limit backups are written under. */
export async function openBackupFile(platform: Platform, filterName: string): Promise<Uint8Array | null> {
  const file = await platform
    .openFile({ filterName, extensions: ['json'], maxBytes: MAX_BACKUP_BYTES })
    .catch(sayTheLimit)
  return file?.bytes ?? null
}

/** The whole database as a backup file's bytes. */
export async function createBackupFile(platform: Platform): Promise<Uint8Array<ArrayBuffer>> {
  return serialize(platform, await readAllTables())
}

/**
 * The file checked from end to end; throws an AppError (backup.errors.*) naming the problem. The
 * notes its repairs add are written in the interface's language.
 */
export function readBackupFile(file: Uint8Array): Promise<Backup> {
  return parseBackup(file, LATEST_VERSION, TABLES, currentLanguage())
}

/** What the person sees before confirming a restore. */
export interface RestorePreview {
  backup: Backup
  /** Tables holding records now that the file leaves empty (absent or empty in it). */
  emptied: { table: BackupTableName; current: number; absent: boolean }[]
  /** Links to records the file does not hold, cut by the restore (the first few, and how many in all). */
  unresolved: { links: UnresolvedLink[]; total: number }
}

export async function previewRestore(backup: Backup): Promise<RestorePreview> {
  const current = await countAllTables()
  const emptied = BACKUP_TABLES.filter((t) => backup.tables[t].length === 0 && current[t] > 0).map(
    (table) => ({
      table,
      current: current[table],
      absent: backup.absentTables.includes(table)
    })
  )
  return { backup, emptied, unresolved: backup.repairs.links }
}

export interface RestoreResult {
  /** Puts back the data as it was just before the restore. */
  undo(): Promise<void>
}

export async function restoreBackup(platform: Platform, backup: Backup): Promise<RestoreResult> {
  const before = await readAllTables()
  // Desktop: the copy goes to disk first; if it cannot be written, nothing is replaced
  if (platform.backups) await platform.backups.write('pre-restore', await serialize(platform, before))
  await replaceAllTables(backup.tables, backup.schemaVersion)
  return { undo: () => replaceAllTables(before) }
}

export function backupFileName(now: Date, encrypted = false): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-')
  return `relais-sauvegarde-${stamp}${encrypted ? '-chiffree' : ''}.json`
}
