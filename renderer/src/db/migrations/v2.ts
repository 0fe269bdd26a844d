import type { Transaction } from 'dexie'
import { missingEmployers } from '@shared/domain/employers'
import type { Contact, FollowUp, Interaction, Organization } from '@shared/schemas'
import type { Migration } from './index'

// Version 1 saved a meeting logged with a person alone without their company, so it was missing
// from the company's timeline and last contact. Version 2 links what a save links today (a live
// person's live company) and recomputes those companies' last contact. updatedAt is kept: a
// migration is not an edit. Also run on a restored version 1 backup (repositories/backup.ts).
async function liveEmployers(tx: Transaction): Promise<Map<string, string>> {
  const live = new Set<string>()
  await tx.table<Organization, string>('organizations').each((o) => {
    if (o.deletedAt === null) live.add(o.id)
  })
  const employers = new Map<string, string>()
  await tx.table<Contact, string>('contacts').each((c) => {
    if (c.deletedAt === null && c.organizationId && live.has(c.organizationId))
      employers.set(c.id, c.organizationId)
  })
  return employers
}

async function latestOccurredAt(tx: Transaction, organizationId: string): Promise<string | null> {
  let latest: string | null = null
  await tx
    .table<Interaction, string>('interactions')
    .where('organizationIds')
    .equals(organizationId)
    .each((i) => {
      if (i.deletedAt === null && (latest === null || i.occurredAt > latest)) latest = i.occurredAt
    })
  return latest
}

export async function linkEmployers(tx: Transaction): Promise<void> {
  const employers = await liveEmployers(tx)
  const linked = new Set<string>()
  await tx
    .table<Interaction, string>('interactions')
    .toCollection()
    .modify((i) => {
      const missing = missingEmployers(i.organizationIds, i.contactIds, employers)
      if (missing.length === 0) return
      i.organizationIds = [...i.organizationIds, ...missing]
      for (const id of missing) linked.add(id)
    })
  await tx
    .table<FollowUp, string>('followUps')
    .toCollection()
    .modify((f) => {
      const employer = f.organizationId === null && f.contactId ? employers.get(f.contactId) : undefined
      if (employer) f.organizationId = employer
    })
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
