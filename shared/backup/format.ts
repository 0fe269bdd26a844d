// The backup file: the whole database as one JSON document with a format marker, a version, the
// schema version of the data, and a SHA-256 of the tables. Reading one validates everything (JSON,
// marker, versions, checksum, every record with its entity schema) before anyone replaces data.
import { z } from 'zod'
import { TABLES, type AppTables } from '../db/tables'
import { recordsByTable, tablesWith, type RecordsOf, type Registry, type TablesWith } from '../db/table-spec'
import { AppError } from '../errors'

export const BACKUP_FORMAT = 'relais-backup'
export const BACKUP_VERSION = 1

/** The tables a backup holds, from the registry (shared/db/tables.ts), in the order they are written. */
export type BackupTableName<R extends Registry = AppTables> = TablesWith<R, 'backup'>
export type BackupTables<R extends Registry = AppTables> = RecordsOf<R, BackupTableName<R>>
export const BACKUP_TABLES = tablesWith(TABLES, 'backup')

export interface BackupMeta {
  exportedAt: string
  appVersion: string
  /** The Dexie schema version the records follow. */
  schemaVersion: number
}

export interface Backup<R extends Registry = AppTables> extends BackupMeta {
  tables: BackupTables<R>
}

/** i18n keys of the reasons a file is refused; each says the current data was not touched. */
export const BACKUP_ERRORS = {
  unreadable: 'backup.errors.unreadable',
  notBackup: 'backup.errors.notBackup',
  newerFormat: 'backup.errors.newerFormat',
  newerSchema: 'backup.errors.newerSchema',
  checksum: 'backup.errors.checksum',
  invalidRecord: 'backup.errors.invalidRecord'
} as const

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.record(z.string(), z.array(z.unknown()))
})

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The file's text. The tables are serialised once; the checksum covers exactly that text. */
export async function serializeBackup<R extends Registry>(
  tables: BackupTables<R>,
  meta: BackupMeta
): Promise<string> {
  const tablesJson = JSON.stringify(tables)
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    ...meta,
    checksum: await sha256Hex(tablesJson)
  })
  return `${head.slice(0, -1)},"tables":${tablesJson}}`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError(BACKUP_ERRORS.unreadable)
  }
}

function validateTables<R extends Registry>(raw: Record<string, unknown[]>, registry: R): BackupTables<R> {
  return recordsByTable(registry, tablesWith(registry, 'backup'), (name) => {
    const { schema, fromOlderBackup } = registry[name]
    return (raw[name] ?? []).map((record, index) => {
      const parsed = schema.safeParse(fromOlderBackup ? fromOlderBackup(record) : record)
      if (parsed.success) return parsed.data
      const field = parsed.error.issues[0]?.path.join('.') ?? ''
      throw new AppError(BACKUP_ERRORS.invalidRecord, { table: name, row: index + 1, field })
    })
  })
}

/**
 * A backup file's text, checked from end to end; throws an AppError naming the first problem.
 * `latestSchemaVersion`: the newest schema this app knows; data written by a newer one is refused.
 */
export async function parseBackup(text: string, latestSchemaVersion: number): Promise<Backup>
export async function parseBackup<R extends Registry>(
  text: string,
  latestSchemaVersion: number,
  registry: R
): Promise<Backup<R>>
export async function parseBackup(
  text: string,
  latestSchemaVersion: number,
  registry: Registry = TABLES
): Promise<Backup<Registry>> {
  const json = parseJson(text.replace(/^\uFEFF/, ''))
  const marker = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json)
  if (!marker.success) throw new AppError(BACKUP_ERRORS.notBackup)
  if (marker.data.version > BACKUP_VERSION) throw new AppError(BACKUP_ERRORS.newerFormat)
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) throw new AppError(BACKUP_ERRORS.unreadable)
  const { tables, checksum, exportedAt, appVersion, schemaVersion } = envelope.data
  if (schemaVersion > latestSchemaVersion) throw new AppError(BACKUP_ERRORS.newerSchema, { appVersion })
  if ((await sha256Hex(JSON.stringify(tables))) !== checksum) throw new AppError(BACKUP_ERRORS.checksum)
  return { exportedAt, appVersion, schemaVersion, tables: validateTables(tables, registry) }
}
