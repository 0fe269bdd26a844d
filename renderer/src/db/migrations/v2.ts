import type { Transaction } from 'dexie'
import { missingEmployers } from '@shared/domain/employers'
import type { Contact, FollowUp, Interaction, Organization } from '@shared/schemas'
import type { Migration } from './index'

// Version 1 saved a meeting logged with a person alone without their company, so it was missing
// from the company's timeline and last contact. Version 2 links what a save links today (a live
// person's live company) and recomputes those companies' last contact. updatedAt is kept: a
// migration is not an edit. Also run on a restored version 1 backup (repositories/backup.ts).
// Whole-table reads and a bulkPut of the changed records only: a cursor walk (each, modify) over
// 100,000 interactions holds up the first start after the upgrade for many seconds.
async function liveEmployers(tx: Transaction): Promise<Map<string, string>> {
  const organizations = await tx.table<Organization, string>('organizations').toArray()
  const live = new Set(organizations.filter((o) => o.deletedAt === null).map((o) => o.id))
  const employers = new Map<string, string>()
  for (const c of await tx.table<Contact, string>('contacts').toArray()) {
    if (c.deletedAt === null && c.organizationId && live.has(c.organizationId))
      employers.set(c.id, c.organizationId)
  }
  return employers
}

async function latestOccurredAt(tx: Transaction, organizationId: string): Promise<string | null> {
  const interactions = await tx
    .table<Interaction, string>('interactions')
    .where('organizationIds')
    .equals(organizationId)
    .toArray()
  let latest: string | null = null
  for (const i of interactions) {
    if (i.deletedAt === null && (latest === null || i.occurredAt > latest)) latest = i.occurredAt
  }
  return latest
}

export async function linkEmployers(tx: Transaction): Promise<void> {
  const employers = await liveEmployers(tx)
  const linked = new Set<string>()
  const interactions: Interaction[] = []
  for (const i of await tx.table<Interaction, string>('interactions').toArray()) {
    const missing = missingEmployers(i.organizationIds, i.contactIds, employers)
    if (missing.length === 0) continue
    interactions.push({ ...i, organizationIds: [...i.organizationIds, ...missing] })
    for (const id of missing) linked.add(id)
  }
  await tx.table<Interaction, string>('interactions').bulkPut(interactions)
  const followUps: FollowUp[] = []
  for (const f of await tx.table<FollowUp, string>('followUps').toArray()) {
    const employer = f.organizationId === null && f.contactId ? employers.get(f.contactId) : undefined
    if (employer) followUps.push({ ...f, organizationId: employer })
  }
  await tx.table<FollowUp, string>('followUps').bulkPut(followUps)
  for (const id of linked) {
    const lastInteractionAt = await latestOccurredAt(tx, id)
    await tx.table<Organization, string>('organizations').update(id, { lastInteractionAt })
  }
}

export const v2: Migration = {
  version: 2,
  stores: {},
  upgrade: linkEmployers
}
