// What a company's or a contact's timeline reads, always through indexes: their interactions
// (multi-entry index), follow-ups, financing files and those files' stage changes, plus the names
// of everyone those interactions involve.
import type { TimelineSources } from '@shared/domain/timeline'
import type { Contact, Opportunity, Organization } from '@shared/schemas'
import { db } from '../schema'
import { listFollowUpsOf } from './followUps'
import { listInteractionsOf } from './interactions'
import { isLive } from './records'

export interface TimelineData extends TimelineSources {
  organizations: Map<string, Organization>
  contacts: Map<string, Contact>
}

async function stageChangesOf(opportunities: Opportunity[]) {
  if (opportunities.length === 0) return []
  return db()
    .stageChanges.where('opportunityId')
    .anyOf(opportunities.map((o) => o.id))
    .toArray()
}

async function namesOf(sources: Pick<TimelineSources, 'interactions' | 'followUps'>) {
  const organizationIds = new Set<string>()
  const contactIds = new Set<string>()
  for (const i of sources.interactions) {
    i.organizationIds.forEach((id) => organizationIds.add(id))
    i.contactIds.forEach((id) => contactIds.add(id))
  }
  for (const f of sources.followUps) {
    if (f.organizationId) organizationIds.add(f.organizationId)
    if (f.contactId) contactIds.add(f.contactId)
  }
  const [organizations, contacts] = await Promise.all([
    db().organizations.bulkGet([...organizationIds]),
    db().contacts.bulkGet([...contactIds])
  ])
  return {
    organizations: new Map(organizations.filter(isLive).map((o) => [o.id, o])),
    contacts: new Map(contacts.filter(isLive).map((c) => [c.id, c]))
  }
}

async function timelineOf(
  party: 'organization' | 'contact',
  id: string,
  files: () => Promise<Opportunity[]>
): Promise<TimelineData> {
  const [interactions, followUps, opportunities] = await Promise.all([
    listInteractionsOf(party === 'organization' ? 'organizationIds' : 'contactIds', id),
    listFollowUpsOf(party === 'organization' ? 'organizationId' : 'contactId', id),
    files()
  ])
  const [stageChanges, names] = await Promise.all([
    stageChangesOf(opportunities),
    namesOf({ interactions, followUps })
  ])
  return { interactions, followUps, opportunities, stageChanges, ...names }
}

export const organizationTimeline = (id: string) =>
  timelineOf('organization', id, async () =>
    (await db().opportunities.where('organizationId').equals(id).toArray()).filter(isLive)
  )

/** A contact's files are those where they are the primary contact. */
export const contactTimeline = (id: string) =>
  timelineOf('contact', id, async () =>
    (await db().opportunities.where('primaryContactId').equals(id).toArray()).filter(isLive)
  )
