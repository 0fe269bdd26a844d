// Which imported rows match a record already in Relais (same NEQ, same normalised organization name,
// same email) or an earlier row of the same file (same email). Rows for the same company share it:
// a file with one line per contact names its company on every line.
import { organizationNameKey } from '../domain/text'
import type { Contact } from '../schemas/contact'
import type { Organization } from '../schemas/organization'
import type { ImportRow } from './rows'

export type DuplicateReason = 'neq' | 'name' | 'email'

export interface Duplicate {
  row: number
  part: 'organization' | 'contact'
  reason: DuplicateReason
  /** The record already in Relais, or undefined when it is an earlier row of the file. */
  existing?: { id: string; label: string }
  /** The earlier row of the file it repeats. */
  sameAsRow?: number
}

export const emailKey = (email: string) => email.trim().toLowerCase()

export interface ExistingIndex {
  byNeq: Map<string, Organization>
  byName: Map<string, Organization>
  byEmail: Map<string, Contact>
}

export function indexExisting(organizations: Organization[], contacts: Contact[]): ExistingIndex {
  const live = organizations.filter((o) => o.deletedAt === null)
  return {
    byNeq: new Map(live.filter((o) => o.neq).map((o) => [o.neq, o])),
    byName: new Map(live.map((o) => [o.nameKey || organizationNameKey(o.name), o])),
    byEmail: new Map(
      contacts.filter((c) => c.deletedAt === null && c.email).map((c) => [emailKey(c.email), c])
    )
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

/** Every duplicate among the rows, in row order. */
export function findDuplicates(rows: ImportRow[], index: ExistingIndex): Duplicate[] {
  const duplicates: Duplicate[] = []
  const emailRows = new Map<string, number>()
  for (const { row, organization, contact } of rows) {
    const match = organization ? matchOrganization(index, organization) : null
    if (match) {
      const existing = { id: match.record.id, label: match.record.name }
      duplicates.push({ row, part: 'organization', reason: match.reason, existing })
    }
    if (!contact?.email) continue
    const key = emailKey(contact.email)
    const same = index.byEmail.get(key)
    const earlier = emailRows.get(key)
    if (same) {
      const label = `${same.firstName} ${same.lastName}`.trim()
      duplicates.push({ row, part: 'contact', reason: 'email', existing: { id: same.id, label } })
    } else if (earlier !== undefined) {
      duplicates.push({ row, part: 'contact', reason: 'email', sameAsRow: earlier })
    } else emailRows.set(key, row)
  }
  return duplicates
}
