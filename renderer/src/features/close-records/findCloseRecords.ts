// The stored record a new person or company is probably a twin of. Names are looked up through the
// palette's search index (its forgiveness finds « bergron » for « Bergeron »), then checked with the
// closeness rule of shared/domain/close-records; e-mails and NEQs are read from their own indexes.
// While the search index is still loading, every live record is checked instead.
import { findContactsByEmail, getContactsByIds, listContacts } from '@renderer/db/repositories/contacts'
import {
  findOrganizationsByName,
  findOrganizationsByNeq,
  getOrganization,
  listOrganizations
} from '@renderer/db/repositories/organizations'
import type { SearchClient } from '@renderer/features/search'
import {
  closeOrganization,
  closePerson,
  findClose,
  type OrganizationFields,
  type PersonFields
} from '@shared/domain/close-records'
import type { SearchKind } from '@shared/search/documents'
import type { Contact, Organization } from '@shared/schemas'

export interface NameIndex {
  client: SearchClient | null
  ready: boolean
}

export interface CloseContact {
  record: Contact
  /** The company the person works at, named in the question. */
  organizationName: string | null
}

const NAME_HITS = 10

/** Ids of the records whose name the index matches; null when the index cannot answer yet. */
async function namedIds(index: NameIndex, name: string, kind: SearchKind): Promise<string[] | null> {
  if (!index.client || !index.ready) return null
  if (!name.trim()) return []
  const answer = await index.client.query(name, NAME_HITS, true)
  return answer.groups.find((g) => g.kind === kind)?.hits.map((hit) => hit.id) ?? []
}

export async function findCloseContact(index: NameIndex, person: PersonFields): Promise<CloseContact | null> {
  const ids = await namedIds(index, `${person.firstName} ${person.lastName}`, 'contact')
  const named = ids ? await getContactsByIds(ids) : await listContacts()
  const found = findClose(person, [...(await findContactsByEmail(person.email)), ...named], closePerson)
  if (!found) return null
  const organization = found.organizationId ? await getOrganization(found.organizationId) : undefined
  return { record: found, organizationName: organization?.name ?? null }
}

export async function findCloseOrganization(
  index: NameIndex,
  organization: OrganizationFields
): Promise<Organization | null> {
  const ids = await namedIds(index, organization.name, 'organization')
  const named = ids
    ? (await Promise.all(ids.map(getOrganization))).filter((o) => o !== undefined)
    : await listOrganizations()
  const stored = [
    ...(await findOrganizationsByNeq(organization.neq)),
    ...(await findOrganizationsByName(organization.name)),
    ...named
  ]
  return findClose(organization, stored, closeOrganization)
}
