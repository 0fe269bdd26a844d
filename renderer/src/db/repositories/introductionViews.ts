// What the introduction screens read: introductions (all, of a contact, of a company's people, of
// an event) with the names of both people, their companies and the event, read by id.
import { contactDisplayName } from '@shared/domain/list-filters'
import { compareText } from '@shared/domain/text'
import type { Contact, Introduction, Organization, RelaisEvent } from '@shared/schemas'
import { db } from '../schema'
import { isLive, whereAnyOf, liveRows } from './records'

export interface IntroductionNames {
  contacts: Map<string, Contact>
  organizations: Map<string, Organization>
  events: Map<string, RelaisEvent>
}

export interface IntroductionsView extends IntroductionNames {
  introductions: Introduction[]
}

const byId = <T extends { id: string; deletedAt: string | null }>(records: (T | undefined)[]) =>
  new Map(records.filter(isLive).map((r) => [r.id, r]))

async function withNames(introductions: Introduction[]): Promise<IntroductionsView> {
  const people = introductions.flatMap((i) => [i.personAId, i.personBId, ...(i.requestedBy ?? [])])
  const contacts = byId(await db().contacts.bulkGet([...new Set(people)]))
  const employers = [...contacts.values()].flatMap((c) => c.organizationId ?? [])
  const eventIds = introductions.flatMap((i) => i.eventId ?? [])
  const [organizations, events] = await Promise.all([
    db().organizations.bulkGet([...new Set(employers)]),
    db().events.bulkGet([...new Set(eventIds)])
  ])
  return { introductions, contacts, organizations: byId(organizations), events: byId(events) }
}

export async function listIntroductionsView(): Promise<IntroductionsView> {
  const introductions = await liveRows(db().introductions)
  return withNames(introductions)
}

/** Introductions where one of these people is A or B, each once. */
async function ofPeople(contactIds: string[]): Promise<Introduction[]> {
  const [asA, asB] = await Promise.all([
    whereAnyOf(db().introductions, 'personAId', contactIds),
    whereAnyOf(db().introductions, 'personBId', contactIds)
  ])
  return [...new Map([...asA, ...asB].filter(isLive).map((i) => [i.id, i])).values()]
}

export const listIntroductionsOfContact = (contactId: string) => ofPeople([contactId])

/** A company's connections: the introductions of its people. */
export async function listIntroductionsOfOrganization(organizationId: string): Promise<Introduction[]> {
  const people = await db().contacts.where('organizationId').equals(organizationId).primaryKeys()
  return ofPeople(people)
}

export async function listIntroductionsOfEvent(eventId: string): Promise<Introduction[]> {
  return (await db().introductions.where('eventId').equals(eventId).toArray()).filter(isLive)
}

export type IntroductionScope = { contactId: string } | { organizationId: string } | { eventId: string }

/** The introductions of one contact, company or event, with names, newest first. */
export async function introductionsViewOf(scope: IntroductionScope): Promise<IntroductionsView> {
  const introductions =
    'contactId' in scope
      ? await listIntroductionsOfContact(scope.contactId)
      : 'organizationId' in scope
        ? await listIntroductionsOfOrganization(scope.organizationId)
        : await listIntroductionsOfEvent(scope.eventId)
  introductions.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return withNames(introductions)
}

export interface ContactChoice {
  value: string
  label: string
}

/** Every live contact as "Name · Company", for the introduction form's pickers. */
export async function listContactChoices(): Promise<ContactChoice[]> {
  const contacts = await liveRows(db().contacts)
  const employers = byId(
    await db().organizations.bulkGet([...new Set(contacts.flatMap((c) => c.organizationId ?? []))])
  )
  return contacts
    .map((c) => {
      const company = c.organizationId ? employers.get(c.organizationId)?.name : undefined
      const name = contactDisplayName(c)
      return { value: c.id, label: company ? `${name} · ${company}` : name }
    })
    .sort((a, b) => compareText(a.label, b.label))
}
