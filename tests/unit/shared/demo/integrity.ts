// Checks shared by the demo and large workspace tests: every reference points at a record that
// exists, and lastInteractionAt agrees with the interactions.
import type { Workspace } from '@shared/demo'

export function brokenReferences(ws: Workspace): string[] {
  const orgs = new Set(ws.organizations.map((o) => o.id))
  const contacts = new Set(ws.contacts.map((c) => c.id))
  const files = new Set(ws.opportunities.map((o) => o.id))
  const events = new Set(ws.events.map((e) => e.id))
  const interactions = new Set(ws.interactions.map((i) => i.id))
  const intros = new Set(ws.introductions.map((i) => i.id))
  const problems: string[] = []
  const check = (set: Set<string>, id: string | null, what: string) => {
    if (id !== null && !set.has(id)) problems.push(`${what} → ${id}`)
  }
  for (const c of ws.contacts) check(orgs, c.organizationId, `contact ${c.id} organization`)
  for (const o of ws.opportunities) {
    check(orgs, o.organizationId, `file ${o.id} organization`)
    check(contacts, o.primaryContactId, `file ${o.id} primary contact`)
    for (const id of o.funderIds) check(orgs, id, `file ${o.id} funder`)
  }
  for (const s of ws.stageChanges) check(files, s.opportunityId, `stage change ${s.id}`)
  for (const i of ws.interactions) {
    for (const id of i.organizationIds) check(orgs, id, `interaction ${i.id} organization`)
    for (const id of i.contactIds) check(contacts, id, `interaction ${i.id} contact`)
    check(files, i.opportunityId, `interaction ${i.id} file`)
    check(events, i.eventId, `interaction ${i.id} event`)
  }
  for (const f of ws.followUps) {
    check(orgs, f.organizationId, `follow-up ${f.id} organization`)
    check(contacts, f.contactId, `follow-up ${f.id} contact`)
    check(files, f.opportunityId, `follow-up ${f.id} file`)
    check(interactions, f.interactionId, `follow-up ${f.id} interaction`)
    check(events, f.eventId, `follow-up ${f.id} event`)
    check(intros, f.introductionId, `follow-up ${f.id} introduction`)
  }
  for (const e of ws.events) for (const id of e.organizerIds) check(orgs, id, `event ${e.id} organizer`)
  for (const i of ws.introductions) {
    check(contacts, i.personAId, `introduction ${i.id} person A`)
    check(contacts, i.personBId, `introduction ${i.id} person B`)
    check(contacts, i.requestedBy, `introduction ${i.id} requested by`)
    check(events, i.eventId, `introduction ${i.id} event`)
  }
  return problems
}

/** Records whose lastInteractionAt is not the latest occurredAt of the interactions naming them. */
export function wrongLastInteraction(ws: Workspace): string[] {
  const latest = new Map<string, string>()
  for (const i of ws.interactions) {
    for (const id of [...i.organizationIds, ...i.contactIds]) {
      const seen = latest.get(id)
      if (!seen || i.occurredAt > seen) latest.set(id, i.occurredAt)
    }
  }
  return [...ws.organizations, ...ws.contacts]
    .filter((r) => r.lastInteractionAt !== (latest.get(r.id) ?? null))
    .map((r) => `${r.id}: ${r.lastInteractionAt} ≠ ${latest.get(r.id) ?? null}`)
}

/** Every interaction's people belong to organizations the interaction names. */
export function contactsOutsideOrganizations(ws: Workspace): string[] {
  const orgOf = new Map(ws.contacts.map((c) => [c.id, c.organizationId]))
  return ws.interactions.flatMap((i) =>
    i.contactIds
      .map((id) => orgOf.get(id))
      .filter((org) => org !== null && org !== undefined && !i.organizationIds.includes(org))
      .map((org) => `interaction ${i.id}: contact of ${org}`)
  )
}
