// Pieces every repository shares: ids, timestamps, soft delete, bulk writes in chunks.
import type { Collection, Table } from 'dexie'
import { AppError } from '@shared/errors'
import type { RecordMeta } from '@shared/schemas'

export function newId(): string {
  return crypto.randomUUID()
}

export function nowIso(): string {
  return new Date().toISOString()
}

export function newMeta(at = nowIso()): RecordMeta {
  return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null, revision: 0 }
}

/** A save from a form opened on an older revision: nothing was written; `current` is what is stored now. */
export class StaleRecordError<T = unknown> extends AppError {
  constructor(readonly current: T) {
    super('errors.staleRecord')
    this.name = 'StaleRecordError'
  }
}

/** Refuses the write when the record changed since the form read it (`expected` undefined: no check). */
export function assertRevision<T extends { revision?: number }>(
  current: T,
  expected: number | undefined
): void {
  if (expected !== undefined && (current.revision ?? 0) !== expected) throw new StaleRecordError(current)
}

export function isLive<T extends { deletedAt: string | null }>(record: T | undefined): record is T {
  return record !== undefined && record.deletedAt === null
}

/**
 * Every live record of a table. One getAll and a filter in the page: a Dexie filter() walks a cursor,
 * one round trip a record, several times slower on thousands of rows.
 */
export async function liveRows<T extends { deletedAt: string | null }>(
  table: Table<T, string>
): Promise<T[]> {
  return (await table.toArray()).filter(isLive)
}

/**
 * Every live record of a table, read a page of keys at a time (each page one getAll): between pages
 * another screen's reads get their turn, and an aborted `signal` stops the read there.
 */
export async function liveRowsInPages<T extends { id: string; deletedAt: string | null }>(
  table: Table<T, string>,
  pageSize: number,
  signal?: AbortSignal
): Promise<T[]> {
  const rows: T[] = []
  let after: string | null = null
  for (;;) {
    signal?.throwIfAborted()
    const keys: Collection<T, string> =
      after === null ? table.orderBy(':id') : table.where(':id').above(after)
    const page: T[] = await keys.limit(pageSize).toArray()
    rows.push(...page.filter(isLive))
    if (page.length < pageSize) return rows
    after = page[page.length - 1].id
  }
}

export async function getOrThrow<T>(table: Table<T, string>, id: string): Promise<T> {
  const record = await table.get(id)
  if (!record) throw new AppError('errors.notFound')
  return record
}

/** Move a record to the Trash (soft delete). */
export async function softDelete<T extends RecordMeta>(table: Table<T, string>, id: string): Promise<void> {
  const at = nowIso()
  const changed = await table
    .where('id')
    .equals(id)
    .modify((record: RecordMeta) => {
      record.deletedAt = at
      record.updatedAt = at
    })
  if (changed === 0) throw new AppError('errors.notFound')
}

export async function restoreFromTrash<T extends RecordMeta>(
  table: Table<T, string>,
  id: string
): Promise<void> {
  const changed = await table
    .where('id')
    .equals(id)
    .modify((record: RecordMeta & { mergedInto?: string | null }) => {
      record.deletedAt = null
      record.updatedAt = nowIso()
      // Restored on its own, a merged record is no longer « fusionné dans » anything
      delete record.mergedInto
    })
  if (changed === 0) throw new AppError('errors.notFound')
}

/** Records in the Trash: the deletedAt index only holds deleted records (null is not indexed). */
export function inTrash<T>(table: Table<T, string>): Promise<T[]> {
  return table.orderBy('deletedAt').reverse().toArray()
}

/** Records whose index holds one of a few keys: one range read per key (anyOf walks a cursor). */
export async function whereAnyOf<T>(
  table: Table<T, string>,
  index: string,
  keys: readonly string[]
): Promise<T[]> {
  const groups = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()))
  return groups.flat()
}

const CHUNK = 2000

/**
 * bulkAdd in chunks of 2,000 (IndexedDB's sweet spot), for records new to the table (a load into an
 * empty workspace, a restore after clearing); call inside a transaction for all-or-nothing. Unlike
 * a put, an add does not make Dexie read every key first for the revision hooks (schema.ts). A key
 * already stored fails the call. `check` (validation) runs on each chunk while the database writes
 * the one before: its CPU hides behind the write; a chunk it refuses aborts the transaction.
 */
export async function addInChunks<T>(
  table: Table<T, string>,
  records: T[],
  check: (chunk: T[]) => T[] = (chunk) => chunk
): Promise<void> {
  let writing: Promise<unknown> = Promise.resolve()
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = check(records.slice(i, i + CHUNK))
    await writing
    writing = table.bulkAdd(chunk)
    // awaited on the next turn; if `check` throws first, the aborted write's rejection is expected
    writing.catch(() => {})
  }
  await writing
}
