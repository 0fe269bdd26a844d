// The Trash: soft-deleted records of every table the registry sends there (shared/db/tables.ts),
// newest first, restorable. A test may pass its own registry.
import { cutLinks, LINKS, pointsToGone, type LinkSpec } from '@shared/db/links'
import type { Table } from 'dexie'
import { tablesWith, type EntityOf, type Registry, type TablesWith } from '@shared/db/table-spec'
import { TABLES, type TrashKind } from '@shared/db/tables'
import { AppError } from '@shared/errors'
import type { RecordMeta } from '@shared/schemas'
import { db } from '../schema'
import { restoreInteraction } from './interactions'
import { restoreOrganization } from './organizations'
import { inTrash, restoreFromTrash } from './records'

export type { TrashKind }

export interface TrashItem<K extends string = TrashKind> {
  kind: K
  id: string
  label: string
  deletedAt: string
  /** The name of the record this one was merged into (« fusionné dans … »), else null. */
  mergedInto: string | null
}

type TrashKindOf<R extends Registry> = EntityOf<R, TablesWith<R, 'trash'>>

/** Restores that do more than clear deletedAt. */
const RESTORE: Partial<Record<string, (id: string) => Promise<void>>> = {
  // A restored interaction counts again for its companies' and contacts' last contact
  interaction: restoreInteraction,
  // A company comes back only if no live company took its NEQ meanwhile
  organization: restoreOrganization
}

function trashTable(registry: Registry, kind: string) {
  const name = tablesWith(registry, 'trash').find((table) => registry[table].entity === kind)
  if (!name) throw new AppError('errors.notFound')
  return db().table<RecordMeta & Record<string, unknown>, string>(name)
}

function labelOf(record: Record<string, unknown>): string {
  if (typeof record.name === 'string') return record.name
  if (typeof record.firstName === 'string')
    return `${record.firstName} ${String(record.lastName ?? '')}`.trim()
  if (typeof record.title === 'string' && record.title) return record.title
  if (typeof record.reason === 'string' && record.reason) return record.reason
  return ''
}

/** The names of the records these were merged into (a merge keeps both in the same table). */
async function mergedIntoNames(
  table: Table<RecordMeta & Record<string, unknown>, string>,
  records: Record<string, unknown>[]
): Promise<Map<string, string>> {
  const ids = [...new Set(records.map((r) => r.mergedInto).filter((id) => typeof id === 'string'))]
  if (ids.length === 0) return new Map()
  const kept = await table.bulkGet(ids)
  return new Map(kept.filter((r) => r !== undefined).map((r) => [r.id, labelOf(r)]))
}

export function listTrash<R extends Registry>(registry: R): Promise<TrashItem<TrashKindOf<R>>[]>
export function listTrash(): Promise<TrashItem[]>
export async function listTrash(registry: Registry = TABLES): Promise<TrashItem<string>[]> {
  const groups = await Promise.all(
    tablesWith(registry, 'trash').map(async (name) => {
      const kind = registry[name].entity
      const table = db().table<RecordMeta & Record<string, unknown>, string>(name)
      const records = await inTrash(table)
      const keptNames = await mergedIntoNames(table, records)
      return records.map((record) => ({
        kind,
        id: record.id,
        label: labelOf(record),
        deletedAt: String(record.deletedAt),
        mergedInto: typeof record.mergedInto === 'string' ? (keptNames.get(record.mergedInto) ?? null) : null
      }))
    })
  )
  return groups.flat().sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

export async function restoreTrashItem(kind: string, id: string, registry: Registry = TABLES): Promise<void> {
  const restore = RESTORE[kind]
  if (restore) return restore(id)
  await restoreFromTrash(trashTable(registry, kind), id)
}

/**
 * Delete for good: only records already in the Trash. The links to it go in the same transaction
 * (a contact's company, a meeting's people, a follow-up's subject…), so no record points to nothing.
 * A company that still has financing files is refused, naming them: purging it would have to purge
 * each file, its amounts and its stage history with one click.
 */
export async function purgeTrashItem(kind: string, id: string, registry: Registry = TABLES): Promise<void> {
  const table = trashTable(registry, kind)
  const links = LINKS.filter((spec) => spec.target === kind && Object.hasOwn(registry, spec.table))
  const linking = [...new Set(links.map((spec) => spec.table))].map((name) => db().table(name))
  await db().transaction('rw', [table, ...linking], async () => {
    const record = await table.get(id)
    if (!record || record.deletedAt === null) return
    for (const spec of links) await cutLinksTo(spec, id)
    await table.delete(id)
  })
}

async function cutLinksTo(spec: LinkSpec, id: string): Promise<void> {
  const table = db().table<Record<string, unknown>, string>(spec.table)
  const isGone = (linked: string) => linked === id
  // By the link's index where the table has one (a list field's is multi-entry): a purge reads the
  // few records that name the id, not the whole table; an unindexed link reads the table
  const indexed = table.schema.indexes.some((index) => index.name === spec.field)
  const candidates = indexed ? await table.where(spec.field).equals(id).toArray() : await table.toArray()
  const holders = candidates.filter((record) => pointsToGone(record, spec, isGone))
  if (holders.length === 0) return
  if (spec.cut === 'required')
    throw new AppError('trash.errors.hasFiles', {
      count: holders.length,
      names: holders.map((record) => String(record.title ?? '')).join(', ')
    })
  if (spec.cut === 'owner') {
    await table.bulkDelete(holders.map((record) => String(record.id)))
    return
  }
  await table.bulkPut(holders.map((record) => cutLinks(record, spec, isGone) ?? record))
}
