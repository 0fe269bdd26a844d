// What the registry (tables.ts) says about one table, and the types and lists derived from any
// registry. Generic over the registry so that a test can add a table and watch every walk
// (backup, restore, Trash, erasure) pick it up.
import type { z } from 'zod'
import type { Contact } from '../schemas/contact'

/**
 * Dexie's index list of a table ("primary key, index, *multiEntry, [compound+index]"), keyed by
 * the schema version that set it; null: the table was dropped at that version. Append-only, like
 * the migrations: a shipped version's entry never changes.
 */
export type IndexHistory = Readonly<Record<number, string | null>>

/** The person being erased, as every table's erasure rule sees them. */
export interface ErasedPerson {
  contact: Contact
  /** Folded words that identify them in free text (identifyingTerms). */
  terms: readonly string[]
  /** The erasure's timestamp, for records that note when they changed. */
  at: string
}

/** How Law 25's erasure treats a table's records (renderer/src/db/repositories/privacy.ts). */
export interface ErasureRule<T> {
  /** Whether the record refers to the person: by id, or by being about them. */
  refersTo(record: T, person: ErasedPerson): boolean
  /** The record without the person, or null to delete it. Called on records that refer to them. */
  erase(record: T, person: ErasedPerson): T | null
  /** Counts in "taken out of N records", the figure shown once the erasure is done. */
  counted: boolean
  /**
   * Free text that may still name the person, listed for the officer to review: in every record
   * of the table ('all'), or only in those that refer to the person ('referring').
   */
  review?: { among: 'all' | 'referring'; text(record: T): string; title(record: T): string }
}

export interface TableSpec<T = unknown> {
  /** The code word for one record (GLOSSARY.md): also the Trash's kind. */
  entity: string
  /** Every stored record passes it: backups are validated with it, writes go through it. */
  schema: z.ZodType<T>
  indexes: IndexHistory
  /** Soft-deleted records (deletedAt set) are listed in the Trash, restorable; needs a deletedAt index. */
  trash: boolean
  /** Written to backups and replaced on restore. */
  backup: boolean
  /** Filled by the demo and benchmark workspace generators (shared/demo). */
  workspace: boolean
  /** Absent: the erasure of a person leaves the table alone. */
  erasure?: ErasureRule<T>
  /** Brings a record read from an older backup to what the schema accepts (before validation). */
  fromOlderBackup?: (record: unknown) => unknown
  /**
   * The record without what the repositories copy onto it from other tables: a backup holds the
   * source data only, and every restore makes the copies again from the restored records.
   */
  withoutCopies?(record: NoInfer<T>): NoInfer<T>
}

export type Registry = Readonly<Record<string, TableSpec>>

/** Declares one table; the record type comes from the schema and types the erasure rule. */
export function defineTable<T, const E extends string, const F extends Flags>(
  spec: Omit<TableSpec<T>, keyof Flags | 'entity'> & { entity: E } & F
) {
  return spec
}

type Flags = Pick<TableSpec, 'trash' | 'backup' | 'workspace'>
export type Flag = keyof Flags

export type TableName<R extends Registry> = keyof R & string
export type RecordOf<S> = S extends TableSpec<infer T> ? T : never
/** The tables of a registry whose flag is set. */
export type TablesWith<R extends Registry, F extends Flag> = {
  [K in TableName<R>]: R[K][F] extends true ? K : never
}[TableName<R>]
/** Records by table, for the given tables: a backup's content, a workspace. */
export type RecordsOf<R extends Registry, K extends TableName<R> = TableName<R>> = {
  [P in K]: RecordOf<R[P]>[]
}
export type EntityOf<R extends Registry, K extends TableName<R>> = R[K]['entity']

export function tableNames<R extends Registry>(registry: R): TableName<R>[] {
  // A registry's own keys are its table names
  return Object.keys(registry) as TableName<R>[]
}

/** The tables whose flag is set, in registry order (the order backups are written in). */
export function tablesWith<R extends Registry, F extends Flag>(registry: R, flag: F): TablesWith<R, F>[] {
  return tableNames(registry).filter((name): name is TablesWith<R, F> => registry[name][flag])
}

/** One value per table, in the given tables' order. */
export function byTable<K extends string, V>(names: readonly K[], value: (name: K) => V): Record<K, V> {
  const entries = names.map((name) => [name, value(name)] as const)
  // Every key of K was given a value just above
  return Object.fromEntries(entries) as Record<K, V>
}

/**
 * Records by table, from a read or a parse that returns each table's records. The callback's
 * word is trusted: it is given a table's name and returns that table's records (validated by
 * its schema, or read from its own Dexie table).
 */
export function recordsByTable<R extends Registry, K extends TableName<R>>(
  _registry: R,
  names: readonly K[],
  records: (name: K) => unknown[]
): RecordsOf<R, K> {
  return byTable(names, records) as RecordsOf<R, K>
}

/** The index list a table has at a schema version (undefined: no such table then). */
export function indexesAt(spec: TableSpec, version: number): string | undefined {
  let current: string | null | undefined
  for (const [at, indexes] of Object.entries(spec.indexes)) if (Number(at) <= version) current = indexes
  return current ?? undefined
}

/** Every table's index list at a schema version: the stores Dexie has once that version ran. */
export function storesAt(registry: Registry, version: number): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const name of tableNames(registry)) {
    const indexes = indexesAt(registry[name], version)
    if (indexes !== undefined) stores[name] = indexes
  }
  return stores
}

/** What a migration to `version` declares: the tables added, changed (or dropped: null) then. */
export function storesChangedAt(registry: Registry, version: number): Record<string, string | null> {
  const stores: Record<string, string | null> = {}
  for (const name of tableNames(registry)) {
    const indexes = registry[name].indexes[version]
    if (indexes !== undefined) stores[name] = indexes
  }
  return stores
}

/** The newest version any table's indexes name. */
export function latestIndexVersion(registry: Registry): number {
  return Math.max(...tableNames(registry).flatMap((name) => Object.keys(registry[name].indexes).map(Number)))
}
