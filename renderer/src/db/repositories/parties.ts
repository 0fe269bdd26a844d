// The quick log's type-ahead: the folded names of every live company and contact, then labels for
// the few ids shown.
import type { Table } from 'dexie'
import type { NameKey } from '@shared/domain/name-match'
import { contactDisplayName } from '@shared/domain/list-filters'
import { db } from '../schema'
import { isLive, liveRowsInPages } from './records'

export interface PartyDirectory {
  organizations: NameKey[]
  contacts: NameKey[]
}

export type PartyType = 'organization' | 'contact'

export interface PartyLabel {
  type: PartyType
  id: string
  label: string
  /** The company's city, or the contact's company. */
  detail: string
}

/**
 * Read from the records, a page at a time (one getAll each). The nameKey index alone would need a
 * cursor, one step per key: on 25,000 names that cost about four times the page's CPU and two to
 * four times the time (measured: BENCHMARKS.md, issue 16, seventh round).
 */
const NAMES_PAGE = 2000

async function namesOf<T extends { id: string; nameKey: string; deletedAt: string | null }>(
  table: Table<T, string>
): Promise<NameKey[]> {
  const records = await liveRowsInPages(table, NAMES_PAGE)
  return records.map((record) => ({ id: record.id, key: record.nameKey }))
}

/** The folded names of these companies and contacts; the ids not returned are gone or in the Trash. */
export async function getPartyNames(
  organizationIds: string[],
  contactIds: string[]
): Promise<PartyDirectory> {
  const names = (records: ({ id: string; nameKey: string; deletedAt: string | null } | undefined)[]) =>
    records.filter(isLive).map((r) => ({ id: r.id, key: r.nameKey }))
  const [organizations, contacts] = await Promise.all([
    db().organizations.bulkGet(organizationIds),
    db().contacts.bulkGet(contactIds)
  ])
  return { organizations: names(organizations), contacts: names(contacts) }
}

export async function loadPartyDirectory(): Promise<PartyDirectory> {
  const d = db()
  return d.transaction('r', d.organizations, d.contacts, async () => {
    const [organizations, contacts] = await Promise.all([namesOf(d.organizations), namesOf(d.contacts)])
    return { organizations, contacts }
  })
}

export async function getPartyLabels(organizationIds: string[], contactIds: string[]): Promise<PartyLabel[]> {
  const contacts = (await db().contacts.bulkGet(contactIds)).filter(isLive)
  const employerIds = contacts.flatMap((c) => (c.organizationId ? [c.organizationId] : []))
  const organizations = (await db().organizations.bulkGet([...organizationIds, ...employerIds])).filter(
    isLive
  )
  const byId = new Map(organizations.map((o) => [o.id, o]))
  return [
    ...organizationIds.flatMap((id) => {
      const o = byId.get(id)
      return o ? [{ type: 'organization' as const, id, label: o.name, detail: o.city }] : []
    }),
    ...contacts.map((c) => ({
      type: 'contact' as const,
      id: c.id,
      label: contactDisplayName(c),
      detail: (c.organizationId && byId.get(c.organizationId)?.name) || c.role
    }))
  ]
}
