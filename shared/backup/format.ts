// The backup file: the whole database as one JSON document with a format marker, a version, the
// schema version of the data, and a SHA-256 of the tables. Reading one validates everything (JSON,
// marker, versions, checksum, every record with its entity schema) before anyone replaces data.
import { z } from 'zod'
import { ERASED_OTHER_PERSON_ID, ERASED_PERSON_ID } from '../domain/privacy'
import { AppError } from '../errors'
import {
  contactSchema,
  draftSchema,
  eventSchema,
  followUpSchema,
  interactionSchema,
  introductionSchema,
  opportunitySchema,
  organizationSchema,
  privacyLogSchema,
  savedViewSchema,
  settingSchema,
  stageChangeSchema
} from '../schemas'

export const BACKUP_FORMAT = 'relais-backup'
export const BACKUP_VERSION = 1

/** Every table, in the order they are written and restored. */
export const BACKUP_TABLE_SCHEMAS = {
  organizations: organizationSchema,
  contacts: contactSchema,
  opportunities: opportunitySchema,
  stageChanges: stageChangeSchema,
  interactions: interactionSchema,
  followUps: followUpSchema,
  events: eventSchema,
  introductions: introductionSchema,
  privacyLog: privacyLogSchema,
  settings: settingSchema,
  savedViews: savedViewSchema,
  drafts: draftSchema
} as const

export type BackupTableName = keyof typeof BACKUP_TABLE_SCHEMAS
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTableName[]
export type BackupTables = { [K in BackupTableName]: z.infer<(typeof BACKUP_TABLE_SCHEMAS)[K]>[] }

export interface BackupMeta {
  exportedAt: string
  appVersion: string
  /** The Dexie schema version the records follow. */
  schemaVersion: number
}

export interface Backup extends BackupMeta {
  tables: BackupTables
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
export async function serializeBackup(tables: BackupTables, meta: BackupMeta): Promise<string> {
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

/**
 * Earlier versions gave both people of an introduction the same placeholder once both were erased,
 * which the introduction schema refuses: backups of such a database still open, with two.
 */
function repairBothErased(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record
  const { personAId, personBId } = record as { personAId?: unknown; personBId?: unknown }
  return personAId === ERASED_PERSON_ID && personBId === ERASED_PERSON_ID
    ? { ...record, personBId: ERASED_OTHER_PERSON_ID }
    : record
}

function validateTables(raw: Record<string, unknown[]>): BackupTables {
  const tables: Record<string, unknown[]> = {}
  for (const name of BACKUP_TABLES) {
    const schema = BACKUP_TABLE_SCHEMAS[name]
    tables[name] = (raw[name] ?? []).map((record, index) => {
      const parsed = schema.safeParse(name === 'introductions' ? repairBothErased(record) : record)
      if (parsed.success) return parsed.data
      const field = parsed.error.issues[0]?.path.join('.') ?? ''
      throw new AppError(BACKUP_ERRORS.invalidRecord, { table: name, row: index + 1, field })
    })
  }
  // Validated above, table by table, with the schema its type names
  return tables as BackupTables
}

/**
 * A backup file's text, checked from end to end; throws an AppError naming the first problem.
 * `latestSchemaVersion`: the newest schema this app knows; data written by a newer one is refused.
 */
export async function parseBackup(text: string, latestSchemaVersion: number): Promise<Backup> {
  const json = parseJson(text.replace(/^\uFEFF/, ''))
  const marker = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json)
  if (!marker.success) throw new AppError(BACKUP_ERRORS.notBackup)
  if (marker.data.version > BACKUP_VERSION) throw new AppError(BACKUP_ERRORS.newerFormat)
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) throw new AppError(BACKUP_ERRORS.unreadable)
  const { tables, checksum, exportedAt, appVersion, schemaVersion } = envelope.data
  if (schemaVersion > latestSchemaVersion) throw new AppError(BACKUP_ERRORS.newerSchema, { appVersion })
  if ((await sha256Hex(JSON.stringify(tables))) !== checksum) throw new AppError(BACKUP_ERRORS.checksum)
  return { exportedAt, appVersion, schemaVersion, tables: validateTables(tables) }
}

export function countBackup(tables: BackupTables): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<
    BackupTableName,
    number
  >
}
