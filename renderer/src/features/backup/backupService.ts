// Backups from the renderer's side: it alone can read IndexedDB, so it builds the file; main (desktop)
// or a download (browser) stores it. A restore validates the whole file first, keeps a copy of the
// current data (a file on desktop, and in memory for Undo), then replaces everything at once.
import { parseBackup, serializeBackup, type Backup, type BackupTables } from '@shared/backup/format'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { LATEST_VERSION } from '@renderer/db/migrations'
import type { Platform } from '@renderer/platform'

async function serialize(platform: Platform, tables: BackupTables): Promise<string> {
  return serializeBackup(tables, {
    exportedAt: new Date().toISOString(),
    appVersion: await platform.appVersion(),
    schemaVersion: LATEST_VERSION
  })
}

export async function createBackupText(platform: Platform): Promise<string> {
  return serialize(platform, await readAllTables())
}

/** The file checked from end to end; throws an AppError (backup.errors.*) naming the problem. */
export function readBackupText(text: string): Promise<Backup> {
  return parseBackup(text, LATEST_VERSION)
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
