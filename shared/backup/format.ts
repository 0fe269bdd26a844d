// The backup file: the whole database as one JSON document with a format marker, a version, the
// schema version of the data, and a SHA-256 of the tables. Reading one validates everything (JSON,
// marker, versions, checksum, every record with its entity schema, the rules between records)
// before anyone replaces data. Written and read as bytes, record by record (scan.ts): never one
// string the size of the file. The tables are the registry's backup tables (shared/db/tables.ts).
import { z } from 'zod'
import { TABLES, type AppTables } from '../db/tables'
import { recordsByTable, tablesWith, type RecordsOf, type Registry, type TablesWith } from '../db/table-spec'
import { AppError } from '../errors'
import { checkIntegrity } from './integrity'
import type { Language } from '../schemas/common'
import { repairSharedNeqs } from './neq-repair'
import { cutUnresolvedLinks, repairWebsite, unresolvedLinks, type BackupRepairs } from './repair'
import { MAX_BACKUP_BYTES, MAX_BACKUP_MEGABYTES } from './limits'
import { scanBackup } from './scan'

export const BACKUP_FORMAT = 'relais-backup'
export const BACKUP_VERSION = 1

/** The tables a backup holds, from the registry, in the order they are written. */
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
  /** Tables the file does not hold at all (a partial file): a restore empties them. */
  absentTables: string[]
  /** What an older version wrote that today's rules refuse, repaired or kept (repair.ts). */
  repairs: BackupRepairs
}

/** i18n keys of the reasons a file is refused; each says the current data was not touched. */
export const BACKUP_ERRORS = {
  unreadable: 'backup.errors.unreadable',
  notBackup: 'backup.errors.notBackup',
  newerFormat: 'backup.errors.newerFormat',
  newerSchema: 'backup.errors.newerSchema',
  checksum: 'backup.errors.checksum',
  invalidRecord: 'backup.errors.invalidRecord',
  tooLarge: 'backup.errors.tooLarge',
  duplicateId: 'backup.errors.duplicateId',
  duplicateNeq: 'backup.errors.duplicateNeq',
  unresolvedLink: 'backup.errors.unresolvedLink'
} as const

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/)
})

type Bytes = Uint8Array<ArrayBuffer>

export async function sha256Hex(content: string | Bytes): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The tables as JSON bytes, encoded a few hundred records at a time, in the tables' order. */
function encodeTables(tables: Readonly<Record<string, readonly unknown[]>>): {
  pieces: Bytes[]
  size: number
} {
  const encoder = new TextEncoder()
  const pieces: Bytes[] = []
  let size = 0
  let pending: string[] = []
  let pendingLength = 0
  const flush = () => {
    const piece = encoder.encode(pending.join(''))
    pieces.push(piece)
    size += piece.length
    pending = []
    pendingLength = 0
  }
  const add = (text: string) => {
    pending.push(text)
    pendingLength += text.length
    if (pendingLength > 1_000_000) flush()
  }
  add('{')
  Object.entries(tables).forEach(([name, records], t) => {
    add(`${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`)
    records.forEach((record, i) => add(`${i > 0 ? ',' : ''}${JSON.stringify(record)}`))
    add(']')
  })
  add('}')
  flush()
  return { pieces, size }
}

/**
 * The file's bytes; the checksum covers exactly the tables' bytes. Throws AppError(tooLarge) past
 * MAX_BACKUP_BYTES, the limit a restore accepts: a file Relais writes, Relais restores.
 */
export async function encodeBackup<R extends Registry>(
  tables: BackupTables<R>,
  meta: BackupMeta
): Promise<Bytes> {
  const { pieces, size } = encodeTables(tables)
  const headOf = (checksum: string) =>
    new TextEncoder().encode(
      `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, ...meta, checksum }).slice(0, -1)},"tables":`
    )
  // The checksum has a fixed length: the head's length is known before the checksum is
  const headLength = headOf('0'.repeat(64)).length
  if (headLength + size + 1 > MAX_BACKUP_BYTES)
    throw new AppError(BACKUP_ERRORS.tooLarge, { maxMegabytes: MAX_BACKUP_MEGABYTES })
  const file = new Uint8Array(headLength + size + 1)
  let at = headLength
  for (const piece of pieces) {
    file.set(piece, at)
    at += piece.length
  }
  file[at] = 0x7d // }
  file.set(headOf(await sha256Hex(file.subarray(headLength, at))), 0)
  return file
}

/** The file as text, for small backups and tests; the app writes encodeBackup's bytes. */
export async function serializeBackup<R extends Registry>(
  tables: BackupTables<R>,
  meta: BackupMeta
): Promise<string> {
  return new TextDecoder().decode(await encodeBackup(tables, meta))
}

function validateTables<R extends Registry>(
  raw: Record<string, unknown[]>,
  registry: R,
  websites: BackupRepairs['websites']
): BackupTables<R> {
  return recordsByTable(registry, tablesWith(registry, 'backup'), (name) => {
    const { schema, fromOlderBackup } = registry[name]
    const records = Object.hasOwn(raw, name) && Array.isArray(raw[name]) ? raw[name] : []
    return records.map((original, index) => {
      const repaired =
        name === 'organizations' ? repairWebsite(original) : { record: original, website: null }
      const record = repaired.record
      const parsed = schema.safeParse(fromOlderBackup ? fromOlderBackup(record) : record)
      if (parsed.success && repaired.website !== null)
        websites.push({ label: String((record as { name?: unknown }).name ?? ''), website: repaired.website })
      if (parsed.success) return parsed.data
      const field = parsed.error.issues[0]?.path.join('.') ?? ''
      throw new AppError(BACKUP_ERRORS.invalidRecord, { table: name, row: index + 1, field })
    })
  })
}

/**
 * A backup file (its bytes, or its text for small files and tests), checked from end to end; throws
 * an AppError naming the first problem. `latestSchemaVersion`: the newest schema this app knows;
 * data written by a newer one is refused. A test may pass its own registry. `language`: the one
 * the notes of a repair are written in (neq-repair.ts).
 */
export async function parseBackup(
  file: Uint8Array | string,
  latestSchemaVersion: number,
  registry?: AppTables,
  language?: Language
): Promise<Backup>
export async function parseBackup<R extends Registry>(
  file: Uint8Array | string,
  latestSchemaVersion: number,
  registry: R,
  language?: Language
): Promise<Backup<R>>
export async function parseBackup(
  file: Uint8Array | string,
  latestSchemaVersion: number,
  registry: Registry = TABLES,
  language: Language = 'fr'
): Promise<Backup<Registry>> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file
  if (bytes.length > MAX_BACKUP_BYTES)
    throw new AppError(BACKUP_ERRORS.tooLarge, { maxMegabytes: MAX_BACKUP_MEGABYTES })
  const { head, tables, tablesBytes } = scanBackup(bytes, BACKUP_ERRORS.unreadable)
  const marker = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(head)
  if (!marker.success) throw new AppError(BACKUP_ERRORS.notBackup)
  if (marker.data.version > BACKUP_VERSION) throw new AppError(BACKUP_ERRORS.newerFormat)
  const envelope = envelopeSchema.safeParse(head)
  if (!envelope.success || !tables) throw new AppError(BACKUP_ERRORS.unreadable)
  const { checksum, exportedAt, appVersion, schemaVersion } = envelope.data
  if (schemaVersion > latestSchemaVersion) throw new AppError(BACKUP_ERRORS.newerSchema, { appVersion })
  // A copy only when the bytes are a view on shared memory, which WebCrypto refuses
  const owned =
    tablesBytes.buffer instanceof ArrayBuffer ? (tablesBytes as Bytes) : new Uint8Array(tablesBytes)
  if ((await sha256Hex(owned)) !== checksum) throw new AppError(BACKUP_ERRORS.checksum)
  const websites: BackupRepairs['websites'] = []
  const valid = validateTables(tables, registry, websites)
  const records = valid as unknown as Record<string, Record<string, unknown>[]>
  const links = unresolvedLinks(records)
  cutUnresolvedLinks(records, exportedAt)
  const repairs = {
    links,
    websites,
    sharedNeqs: records.organizations ? repairSharedNeqs(records.organizations, language) : []
  }
  checkIntegrity(valid)
  const absentTables = tablesWith(registry, 'backup').filter((name) => !Object.hasOwn(tables, name))
  return { exportedAt, appVersion, schemaVersion, tables: valid, absentTables, repairs }
}
