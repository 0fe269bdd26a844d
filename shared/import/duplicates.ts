// Which imported rows match a record already in Relais (same NEQ, same normalised organization name,
// same e-mail, or the same person by name within the same company) or an earlier row of the same
// file (same e-mail or same person). Rows for the same company share it: a file with one line per
// contact names its company on every line.
import { organizationNameKey } from '../domain/text'
import type { Contact } from '../schemas/contact'
import type { Organization } from '../schemas/organization'
import { personKey, PersonIndex } from './person-match'
import type { ImportRow } from './rows'

export type DuplicateReason = 'neq' | 'name' | 'email' | 'person'

export interface Duplicate {
  row: number
  part: 'organization' | 'contact'
  reason: DuplicateReason
  /** The record already in Relais, or undefined when it is an earlier row of the file. */
  existing?: { id: string; label: string }
  /** The earlier row of the file it repeats. */
  sameAsRow?: number
  /** The name the file gives a company matched by NEQ under another name. */
  fileLabel?: string
}

export const emailKey = (email: string) => email.trim().toLowerCase()

export interface ExistingIndex {
  byNeq: Map<string, Organization>
  byName: Map<string, Organization>
  byEmail: Map<string, Contact>
  /** Contacts by their company's id ('' = none) and folded full name. */
  people: PersonIndex<Contact>
}

export function indexExisting(organizations: Organization[], contacts: Contact[]): ExistingIndex {
  const live = organizations.filter((o) => o.deletedAt === null)
  const people = new PersonIndex<Contact>()
  const liveContacts = contacts.filter((c) => c.deletedAt === null && !c.erasedAt)
  for (const c of liveContacts) people.add(c.organizationId ?? '', personKey(c.firstName, c.lastName), c)
  return {
    byNeq: new Map(live.filter((o) => o.neq).map((o) => [o.neq, o])),
    byName: new Map(live.map((o) => [o.nameKey || organizationNameKey(o.name), o])),
    byEmail: new Map(liveContacts.filter((c) => c.email).map((c) => [emailKey(c.email), c])),
    people
  }
}

/** The existing organization a row's organization matches, and why. */
export function matchOrganization(
  index: ExistingIndex,
  organization: { name: string; neq: string }
): { record: Organization; reason: DuplicateReason } | null {
  const byNeq = organization.neq ? index.byNeq.get(organization.neq) : undefined
  if (byNeq) return { record: byNeq, reason: 'neq' }
  const byName = index.byName.get(organizationNameKey(organization.name))
  return byName ? { record: byName, reason: 'name' } : null
}

const fullName = (c: Contact) => `${c.firstName} ${c.lastName}`.trim()

/** Every duplicate among the rows, in row order. */
export function findDuplicates(rows: ImportRow[], index: ExistingIndex): Duplicate[] {
  const duplicates: Duplicate[] = []
  const emailRows = new Map<string, number>()
  const peopleRows = new PersonIndex<{ row: number; email: string }>()
  for (const { row, organization, contact } of rows) {
    const match = organization ? matchOrganization(index, organization) : null
    if (match) {
      const existing = { id: match.record.id, label: match.record.name }
      const renamed =
        match.reason === 'neq' &&
        organizationNameKey(organization!.name) !== organizationNameKey(match.record.name)
      duplicates.push({
        row,
        part: 'organization',
        reason: match.reason,
        existing,
        ...(renamed ? { fileLabel: organization!.name } : {})
      })
    }
    if (!contact) continue
    const key = contact.email ? emailKey(contact.email) : ''
    const sameEmail = key ? index.byEmail.get(key) : undefined
    const earlierEmail = key ? emailRows.get(key) : undefined
    if (sameEmail) {
      const existing = { id: sameEmail.id, label: fullName(sameEmail) }
      duplicates.push({ row, part: 'contact', reason: 'email', existing })
      continue
    }
    if (earlierEmail !== undefined) {
      duplicates.push({ row, part: 'contact', reason: 'email', sameAsRow: earlierEmail })
      continue
    }
    if (key) emailRows.set(key, row)
    const name = personKey(contact.firstName, contact.lastName)
    const existingScope = match ? match.record.id : organization ? null : ''
    const samePerson = existingScope === null ? undefined : index.people.find(existingScope, name)
    const fileScope = organization ? `name:${organizationNameKey(organization.name)}` : ''
    const earlierPerson = peopleRows.find(fileScope, name)
    if (samePerson && !(key && samePerson.email)) {
      duplicates.push({
        row,
        part: 'contact',
        reason: 'person',
        existing: { id: samePerson.id, label: fullName(samePerson) }
      })
    } else if (earlierPerson && !(key && earlierPerson.email)) {
      duplicates.push({ row, part: 'contact', reason: 'person', sameAsRow: earlierPerson.row })
    } else peopleRows.add(fileScope, name, { row, email: key })
  }
  return duplicates
}
