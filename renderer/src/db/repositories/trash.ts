// The Trash: soft-deleted records of every kind, newest first, restorable.
import { db } from '../schema'
import { restoreInteraction } from './interactions'
import { restoreOrganization } from './organizations'
import { inTrash, restoreFromTrash } from './records'

export type TrashKind =
  'organization' | 'contact' | 'opportunity' | 'interaction' | 'followUp' | 'event' | 'introduction'

export interface TrashItem {
  kind: TrashKind
  id: string
  label: string
  deletedAt: string
}

function tables() {
  const d = db()
  return {
    organization: d.organizations,
    contact: d.contacts,
    opportunity: d.opportunities,
    interaction: d.interactions,
    followUp: d.followUps,
    event: d.events,
    introduction: d.introductions
  } as const
}

function labelOf(record: Record<string, unknown>): string {
  if (typeof record.name === 'string') return record.name
  if (typeof record.firstName === 'string')
    return `${record.firstName} ${String(record.lastName ?? '')}`.trim()
  if (typeof record.title === 'string' && record.title) return record.title
  if (typeof record.reason === 'string' && record.reason) return record.reason
  return ''
}

export async function listTrash(): Promise<TrashItem[]> {
  const all = tables()
  const groups = await Promise.all(
    (Object.keys(all) as TrashKind[]).map(async (kind) =>
      (await inTrash<Record<string, unknown>>(all[kind] as never)).map((record) => ({
        kind,
        id: String(record.id),
        label: labelOf(record),
        deletedAt: String(record.deletedAt)
      }))
    )
  )
  return groups.flat().sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

export async function restoreTrashItem(kind: TrashKind, id: string): Promise<void> {
  // A restored interaction counts again for its companies' and contacts' last contact
  if (kind === 'interaction') return restoreInteraction(id)
  // A company comes back only if no live company took its NEQ meanwhile
  if (kind === 'organization') return restoreOrganization(id)
  await restoreFromTrash(tables()[kind] as never, id)
}

/** Delete for good: only records already in the Trash. */
export async function purgeTrashItem(kind: TrashKind, id: string): Promise<void> {
  const table = tables()[kind]
  await db().transaction('rw', table, async () => {
    const record = await table.get(id)
    if (record && record.deletedAt !== null) await table.delete(id)
  })
}
