// Automatic backups in <userData>/backups: main names each file (its date and kind) and reads back
// only its own files. A name from the renderer must match the backup pattern and resolve inside
// the folder (path.relative, never a prefix test).
//
// Retention is counted per kind (KEEP_BACKUPS): the newest 14 daily, 14 on-quit and 14 pre-restore
// backups, and the newest 5 pre-migration ones. One shared count would let a busy day of quits push
// out every daily backup, or the only copy of the data from before an upgrade. Writing a backup
// prunes only its own kind; files that are not ours are never touched.
import { isAbsolute, join, relative } from 'node:path'
import { AppError } from '@shared/errors'
import {
  backupFileName,
  KEEP_BACKUPS,
  MAX_BACKUP_BYTES,
  parseBackupFileName,
  type BackupKind
} from '@shared/backup/limits'
import type { BackupEntry, IpcHandlers } from '@shared/ipc/contract'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import { writeError } from './file-errors'

export interface BackupDeps {
  folder(): string
  now(): Date
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
  unlink(path: string): Promise<void>
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>
}

type BackupHandlers = Pick<IpcHandlers, 'backup-list' | 'backup-write-auto' | 'backup-read'>

/** The backup's full path, or null when the name is not one of ours or leaves the folder. */
export function backupPath(folder: string, name: string): string | null {
  if (!parseBackupFileName(name)) return null
  const path = join(folder, name)
  const rel = relative(folder, path)
  if (rel !== name || rel.startsWith('..') || isAbsolute(rel)) return null
  return path
}

async function listEntries(deps: BackupDeps): Promise<BackupEntry[]> {
  const folder = deps.folder()
  const names = await deps.readdir(folder).catch(() => [])
  const entries: BackupEntry[] = []
  for (const name of names) {
    const parsed = parseBackupFileName(name)
    if (!parsed) continue
    const info = await deps.stat(join(folder, name)).catch(() => null)
    if (info?.isFile()) entries.push({ name, ...parsed, bytes: info.size })
  }
  return entries.sort((a, b) => b.name.localeCompare(a.name))
}

/** The backups of this kind past its count (entries come newest first). */
function backupsToPrune(entries: readonly BackupEntry[], kind: BackupKind): BackupEntry[] {
  return entries.filter((e) => e.kind === kind).slice(KEEP_BACKUPS[kind])
}

async function prune(deps: BackupDeps, kind: BackupKind): Promise<void> {
  for (const old of backupsToPrune(await listEntries(deps), kind)) {
    await deps.unlink(join(deps.folder(), old.name)).catch(() => undefined)
  }
}

export function createBackupHandlers(deps: BackupDeps): BackupHandlers {
  return {
    'backup-list': () => listEntries(deps),
    'backup-write-auto': async ({ kind, content }) => {
      const folder = deps.folder()
      const name = backupFileName(deps.now(), kind)
      try {
        await deps.mkdir(folder)
        await deps.writeFileAtomic(join(folder, name), content)
      } catch (error) {
        throw writeError(error, name)
      }
      await prune(deps, kind)
      const entry = (await listEntries(deps)).find((e) => e.name === name)
      if (!entry) throw new AppError(IPC_ERROR_KEYS.fileWriteFailed, { fileName: name })
      return entry
    },
    'backup-read': async ({ name }) => {
      const path = backupPath(deps.folder(), name)
      const unreadable = new AppError(IPC_ERROR_KEYS.fileReadFailed, { fileName: name })
      if (!path) throw unreadable
      const info = await deps.stat(path).catch(() => null)
      if (!info?.isFile()) throw unreadable
      if (info.size > MAX_BACKUP_BYTES) {
        throw new AppError(IPC_ERROR_KEYS.fileTooLarge, { fileName: name, maxBytes: MAX_BACKUP_BYTES })
      }
      try {
        // A copy that owns its memory: IPC would otherwise copy a whole pooled buffer
        return { content: new Uint8Array(await deps.readFile(path)) }
      } catch {
        throw unreadable
      }
    }
  }
}
