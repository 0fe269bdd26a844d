// Pairs of records that may be the same company or person, found by the rules the import uses (same
// NEQ, same folded name, same e-mail) plus the website's domain and, for people of one company, a
// name one typo apart. Each pair says why it was proposed; pairs the officer said were not
// duplicates are left out.
import { emailKey } from '../import/duplicates'
import { organizationNameKey, personNameKey } from '../domain/text'
import type { Contact } from '../schemas/contact'
import type { Organization } from '../schemas/organization'

export type PairReason = 'neq' | 'name' | 'email' | 'website' | 'typo'

export interface DuplicatePair {
  /** The two ids, in the order the records were given. */
  firstId: string
  secondId: string
  reasons: PairReason[]
}

/** One key per unordered pair: "Pas un doublon" remembers it. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/** The site's host without "www.": https://www.Nordik.ca/contact → nordik.ca. */
export function websiteDomain(website: string): string {
  if (!website) return ''
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return ''
  }
}

/** True when one insertion, deletion or substitution turns a into b (and a ≠ b). */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i += 1
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

class PairCollector {
  private readonly pairs = new Map<string, DuplicatePair>()
  constructor(
    private readonly order: Map<string, number>,
    private readonly dismissed: ReadonlySet<string>
  ) {}

  add(a: string, b: string, reason: PairReason): void {
    const key = pairKey(a, b)
    if (a === b || this.dismissed.has(key)) return
    const [firstId, secondId] = this.order.get(a)! < this.order.get(b)! ? [a, b] : [b, a]
    const pair = this.pairs.get(key) ?? { firstId, secondId, reasons: [] }
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason)
    this.pairs.set(key, pair)
  }

  /** Records sharing a non-empty key, each with each. */
  addGroups<T extends { id: string }>(records: T[], keyOf: (r: T) => string, reason: PairReason): void {
    const groups = new Map<string, string[]>()
    for (const r of records) {
      const key = keyOf(r)
      if (key) groups.set(key, [...(groups.get(key) ?? []), r.id])
    }
    for (const ids of groups.values())
      for (let i = 0; i < ids.length; i += 1)
        for (let j = i + 1; j < ids.length; j += 1) this.add(ids[i], ids[j], reason)
  }

  list(): DuplicatePair[] {
    return [...this.pairs.values()].sort(
      (p, q) =>
        this.order.get(p.firstId)! - this.order.get(q.firstId)! ||
        this.order.get(p.secondId)! - this.order.get(q.secondId)!
    )
  }
}

const orderOf = (records: { id: string }[]) => new Map(records.map((r, i) => [r.id, i]))

export function findOrganizationPairs(
  organizations: Organization[],
  dismissed: ReadonlySet<string> = new Set()
): DuplicatePair[] {
  const live = organizations.filter((o) => o.deletedAt === null)
  const pairs = new PairCollector(orderOf(live), dismissed)
  pairs.addGroups(live, (o) => o.neq, 'neq')
  pairs.addGroups(live, (o) => organizationNameKey(o.name), 'name')
  pairs.addGroups(live, (o) => websiteDomain(o.website), 'website')
  return pairs.list()
}

export function findContactPairs(
  contacts: Contact[],
  dismissed: ReadonlySet<string> = new Set()
): DuplicatePair[] {
  const live = contacts.filter((c) => c.deletedAt === null && c.erasedAt === null)
  const pairs = new PairCollector(orderOf(live), dismissed)
  const nameOf = (c: Contact) => personNameKey(c.firstName, c.lastName)
  pairs.addGroups(live, (c) => (c.email ? emailKey(c.email) : ''), 'email')
  pairs.addGroups(live, nameOf, 'name')
  const byCompany = new Map<string, Contact[]>()
  for (const c of live)
    if (c.organizationId) byCompany.set(c.organizationId, [...(byCompany.get(c.organizationId) ?? []), c])
  for (const people of byCompany.values())
    for (let i = 0; i < people.length; i += 1)
      for (let j = i + 1; j < people.length; j += 1)
        if (oneTypoApart(nameOf(people[i]), nameOf(people[j]))) pairs.add(people[i].id, people[j].id, 'typo')
  return pairs.list()
}
