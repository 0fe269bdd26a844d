// The companies and contacts that interactions and follow-ups point to, read by id.
import type { TimelineSources } from '@shared/domain/timeline'
import type { Contact, Organization } from '@shared/schemas'
import { db } from '../schema'
import { isLive } from './records'

export interface LinkedNames {
  organizations: Map<string, Organization>
  contacts: Map<string, Contact>
}

export async function namesOf(
  sources: Partial<Pick<TimelineSources, 'interactions' | 'followUps'>>
): Promise<LinkedNames> {
  const organizationIds = new Set<string>()
  const contactIds = new Set<string>()
  for (const i of sources.interactions ?? []) {
    i.organizationIds.forEach((id) => organizationIds.add(id))
    i.contactIds.forEach((id) => contactIds.add(id))
  }
  for (const f of sources.followUps ?? []) {
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
