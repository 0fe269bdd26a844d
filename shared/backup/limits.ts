// Limits and names shared by the renderer (which builds backups) and main (which stores them).

/**
 * The one size limit of a backup file, for writing it and for restoring it: whatever Relais writes,
 * it restores. Ten years of a busy office is about 80 MB; leave room. Under V8's longest string
 * (about 536 M characters), so an encrypted backup's text, which is one string, always fits.
 */
export const MAX_BACKUP_MEGABYTES = 400
export const MAX_BACKUP_BYTES = MAX_BACKUP_MEGABYTES * 1024 * 1024

export const BACKUP_KINDS = ['daily', 'on-quit', 'pre-migration', 'pre-restore'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/** Automatic backups kept of each kind that comes often (daily, on quit, before a restore). */
export const KEEP_AUTOMATIC_BACKUPS = 14
/** Pre-migration backups are the only copy of the data in an older format: one per upgrade. */
export const KEEP_PRE_MIGRATION_BACKUPS = 5

/** How many of each kind main keeps; a kind's count never pushes out another kind's files. */
export const KEEP_BACKUPS: Readonly<Record<BackupKind, number>> = {
  daily: KEEP_AUTOMATIC_BACKUPS,
  'on-quit': KEEP_AUTOMATIC_BACKUPS,
  'pre-restore': KEEP_AUTOMATIC_BACKUPS,
  'pre-migration': KEEP_PRE_MIGRATION_BACKUPS
}

/** relais-2026-11-25T14-30-05-123Z-daily.json: sortable by name, and no path separator possible. */
export const BACKUP_FILE_NAME =
  /^relais-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|on-quit|pre-migration|pre-restore)\.json$/

export function backupFileName(at: Date, kind: BackupKind): string {
  return `relais-${at.toISOString().replace(/[:.]/g, '-')}-${kind}.json`
}

/** The instant and kind a backup file's name says, or null when it is not one of ours. */
export function parseBackupFileName(name: string): { createdAt: string; kind: BackupKind } | null {
  const match = BACKUP_FILE_NAME.exec(name)
  if (!match) return null
  const [date, time] = match[1].split('T')
  const [h, m, s, ms] = time.slice(0, -1).split('-')
  const kind = BACKUP_KINDS.find((k) => k === match[2])
  return kind ? { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, kind } : null
}
