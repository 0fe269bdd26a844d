// What became of each kind of automatic backup, so that a failure is said, not only logged. Kept in
// localStorage: written synchronously, it survives a window closed in the middle of a backup (main
// lets the window close when the quit backup takes too long). A backup started and never finished
// is, at the next start, a failure: "interrupted".
import { isAppError } from '@shared/errors'

export const AUTOMATIC_KINDS = ['daily', 'on-quit', 'pre-migration'] as const
export type AutomaticKind = (typeof AUTOMATIC_KINDS)[number]

export interface BackupFailure {
  kind: AutomaticKind
  at: string
  /** i18n key of the reason, with its parameters; 'backup.status.interrupted' when cut short. */
  reason: { key: string; params: Record<string, string | number> }
}

interface KindStatus {
  startedAt?: string
  lastGoodAt?: string
  failure?: BackupFailure
}

type Status = Partial<Record<AutomaticKind, KindStatus>>
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const KEY = 'relais.automaticBackups'
const listeners = new Set<() => void>()

const defaultStore = (): KeyValueStore | null => (typeof localStorage === 'undefined' ? null : localStorage)

function read(store: KeyValueStore | null): Status {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(KEY) ?? '{}')
    return typeof parsed === 'object' && parsed !== null ? (parsed as Status) : {}
  } catch {
    return {}
  }
}

function update(
  store: KeyValueStore | null,
  kind: AutomaticKind,
  change: (status: KindStatus) => KindStatus
) {
  const status = read(store)
  status[kind] = change(status[kind] ?? {})
  try {
    store?.setItem(KEY, JSON.stringify(status))
  } catch {
    // A full storage must not turn a backup's outcome into a crash
  }
  for (const listener of listeners) listener()
}

export function recordBackupStarted(kind: AutomaticKind, at = new Date(), store = defaultStore()): void {
  update(store, kind, (s) => ({ ...s, startedAt: at.toISOString() }))
}

/** A good backup: its date is kept, and an earlier failure of this kind is no longer news. */
export function recordBackupSucceeded(kind: AutomaticKind, at = new Date(), store = defaultStore()): void {
  update(store, kind, () => ({ lastGoodAt: at.toISOString() }))
}

export function recordBackupFailed(
  kind: AutomaticKind,
  error: unknown,
  at = new Date(),
  store = defaultStore()
): void {
  const reason = isAppError(error)
    ? { key: error.key, params: error.params }
    : { key: 'backup.status.unknownReason', params: {} }
  update(store, kind, (s) => ({ lastGoodAt: s.lastGoodAt, failure: { kind, at: at.toISOString(), reason } }))
}

/** At start: a backup started in an earlier session and never finished failed ("interrupted"). */
export function settleInterruptedBackups(store = defaultStore()): void {
  for (const kind of AUTOMATIC_KINDS) {
    const startedAt = read(store)[kind]?.startedAt
    if (!startedAt) continue
    update(store, kind, (s) => ({
      lastGoodAt: s.lastGoodAt,
      failure: { kind, at: startedAt, reason: { key: 'backup.status.interrupted', params: {} } }
    }))
  }
}

/** The failures not yet dismissed, newest first. */
export function backupFailures(store = defaultStore()): BackupFailure[] {
  const status = read(store)
  return AUTOMATIC_KINDS.flatMap((kind) => status[kind]?.failure ?? []).sort((a, b) =>
    b.at.localeCompare(a.at)
  )
}

/** The person has read it: the notice goes (the next failure brings it back). */
export function dismissBackupFailure(kind: AutomaticKind, store = defaultStore()): void {
  update(store, kind, (s) => ({ ...s, failure: undefined }))
}

export function subscribeBackupStatus(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Runs one automatic backup and records its outcome; rethrows its error after recording it. */
export async function recordedBackup<T>(kind: AutomaticKind, write: () => Promise<T>): Promise<T> {
  recordBackupStarted(kind)
  try {
    const result = await write()
    recordBackupSucceeded(kind)
    return result
  } catch (error) {
    recordBackupFailed(kind, error)
    throw error
  }
}
