// Event mode's one save: every person met at an event, each with an "event encounter" interaction,
// an optional follow-up, and the people and companies typed in for the first time, all validated
// first and then written in one transaction (all or nothing). A company typed on two lines is
// created once; an existing contact's employer is linked so the encounter shows on its timeline.
import { ValidationError } from '@shared/errors'
import type { CalendarDate } from '@shared/domain/dates'
import { contactDisplayName } from '@shared/domain/list-filters'
import { organizationNameKey } from '@shared/domain/text'
import type { Contact, FollowUp, Interaction, Organization, RelaisEvent } from '@shared/schemas'
import { db } from '../schema'
import { buildContact } from './contacts'
import { buildFollowUp } from './followUps'
import { assertPartiesExist, buildInteraction, interactionTables, noteInteractions } from './interactions'
import { buildOrganization } from './organizations'
import type { NewContactInput } from './quickLog'
import { isLive, nowIso } from './records'

export interface EncounterRequest {
  organizationIds: string[]
  contactIds: string[]
  newOrganizations: { name: string }[]
  newContacts: NewContactInput[]
  note: string
  followUpDueDate: CalendarDate | null
}

export interface EncounterOptions {
  occurredAt: string
  /** The follow-up's title for the person met, in the interface language. */
  followUpTitle: (name: string) => string
}

export interface EncountersResult {
  interactions: Interaction[]
  followUps: FollowUp[]
  organizations: Organization[]
  contacts: Contact[]
}

interface Batch extends EncountersResult {
  newOrganizationsByKey: Map<string, Organization>
  employers: Map<string, string | null>
  names: Map<string, string>
}

function newOrganizationsOf(request: EncounterRequest, batch: Batch, at: string): string[] {
  return request.newOrganizations.map(({ name }) => {
    const key = organizationNameKey(name)
    let organization = batch.newOrganizationsByKey.get(key)
    if (!organization) {
      organization = buildOrganization({ name }, at)
      batch.newOrganizationsByKey.set(key, organization)
      batch.organizations.push(organization)
    }
    return organization.id
  })
}

function addEncounter(
  event: RelaisEvent,
  request: EncounterRequest,
  batch: Batch,
  options: EncounterOptions
) {
  const at = nowIso()
  const typedOrganizationIds = [...request.organizationIds, ...newOrganizationsOf(request, batch, at)]
  const employer = typedOrganizationIds[0] ?? batch.employers.get(request.contactIds[0] ?? '') ?? null
  const contacts = request.newContacts.map((c) => buildContact({ ...c, organizationId: employer }, at))
  batch.contacts.push(...contacts)
  const contactIds = [...request.contactIds, ...contacts.map((c) => c.id)]
  const employersOfKnown = request.contactIds.flatMap((id) => batch.employers.get(id) ?? [])
  const interaction = buildInteraction(
    {
      kind: 'event-encounter',
      occurredAt: options.occurredAt,
      title: event.name,
      notes: request.note.trim(),
      organizationIds: [...typedOrganizationIds, ...employersOfKnown],
      contactIds,
      eventId: event.id
    },
    at
  )
  batch.interactions.push(interaction)
  if (!request.followUpDueDate) return
  const person = contacts[0] ? contactDisplayName(contacts[0]) : batch.names.get(contactIds[0] ?? '')
  const name = person ?? batch.names.get(typedOrganizationIds[0] ?? '') ?? ''
  batch.followUps.push(
    buildFollowUp(
      {
        title: options.followUpTitle(name),
        dueDate: request.followUpDueDate,
        organizationId: interaction.organizationIds[0] ?? null,
        contactId: contactIds[0] ?? null,
        interactionId: interaction.id,
        eventId: event.id
      },
      at
    )
  )
}

/** Names and employers of the existing people and companies the lines point to. */
async function readKnown(requests: EncounterRequest[]) {
  const contacts = (await db().contacts.bulkGet(requests.flatMap((r) => r.contactIds))).filter(isLive)
  const organizationIds = [
    ...requests.flatMap((r) => r.organizationIds),
    ...contacts.flatMap((c) => c.organizationId ?? [])
  ]
  const organizations = (await db().organizations.bulkGet(organizationIds)).filter(isLive)
  const live = new Set(organizations.map((o) => o.id))
  const employerOf = (c: Contact) =>
    c.organizationId && live.has(c.organizationId) ? c.organizationId : null
  return {
    employers: new Map(contacts.map((c) => [c.id, employerOf(c)])),
    names: new Map([
      ...contacts.map((c): [string, string] => [c.id, contactDisplayName(c)]),
      ...organizations.map((o): [string, string] => [o.id, o.name])
    ])
  }
}

/** Issues of line `index` are reported as "index.field", so the form can show them on that line. */
function onLine<T>(index: number, build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    throw new ValidationError(error.issues.map((i) => ({ ...i, path: `${index}.${i.path}` })))
  }
}

export async function saveEncounters(
  eventId: string,
  requests: EncounterRequest[],
  options: EncounterOptions
): Promise<EncountersResult> {
  const event = await db().events.get(eventId)
  if (!isLive(event)) throw new ValidationError([{ path: 'eventId', key: 'validation.eventMissing' }])
  const batch: Batch = {
    interactions: [],
    followUps: [],
    organizations: [],
    contacts: [],
    newOrganizationsByKey: new Map(),
    ...(await readKnown(requests))
  }
  requests.forEach((request, index) => onLine(index, () => addEncounter(event, request, batch, options)))
  const { interactions, followUps, organizations, contacts } = batch
  await db().transaction('rw', [...interactionTables(), db().followUps, db().events], async () => {
    if (!isLive(await db().events.get(eventId)))
      throw new ValidationError([{ path: 'eventId', key: 'validation.eventMissing' }])
    await assertPartiesExist(
      requests.flatMap((r) => r.organizationIds),
      requests.flatMap((r) => r.contactIds)
    )
    await db().organizations.bulkAdd(organizations)
    await db().contacts.bulkAdd(contacts)
    await db().interactions.bulkAdd(interactions)
    await db().followUps.bulkAdd(followUps)
    await noteInteractions(interactions)
  })
  return { interactions, followUps, organizations, contacts }
}
