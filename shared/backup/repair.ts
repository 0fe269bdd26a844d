// Backups written by older versions may hold what today's rules refuse: links to records purged
// from the Trash before purging cut them, websites the stricter address rule refuses, two live
// companies with one NEQ (an older import merge, repaired in neq-repair.ts). The officer's own file
// is never refused for these: each is repaired, and the restore's confirmation says which and how many.
import type { NeqClash } from '../domain/neq'
import { organizationNameKey } from '../domain/text'
import { cutLinks, LINKS, pointsToGone, TARGET_TABLES, type LinkTarget } from '../db/links'
import { isWebAddress } from '../schemas/common'
import { organizationSchema } from '../schemas/organization'

type AnyRecord = Record<string, unknown>
type AnyTables = Record<string, AnyRecord[]>

/** A link to a record the file does not hold: which record, in which table, to what kind. */
export interface UnresolvedLink {
  table: string
  label: string
  target: LinkTarget
}

export interface BackupRepairs {
  /** Links to records the file does not hold, cut on restore (the first few named, and how many). */
  links: { links: UnresolvedLink[]; total: number }
  /** Companies whose website the address rule refuses: moved to the end of their notes. */
  websites: { label: string; website: string }[]
  /** NEQs two live companies shared: kept by the one created first (holder), noted in the other's notes (taker). */
  sharedNeqs: NeqClash[]
}

/** How a record is named to the person: its name, full name, title, subject or reason. */
export function recordLabel(record: AnyRecord): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const person = `${text(record.firstName)} ${text(record.lastName)}`.trim()
  return (
    text(record.name) ||
    person ||
    text(record.title) ||
    text(record.subject) ||
    text(record.reason) ||
    text(record.key) ||
    text(record.id)
  )
}

/** A company's website the address rule refuses goes, as written, to the end of its notes. */
export function repairWebsite(record: unknown): { record: unknown; website: string | null } {
  if (typeof record !== 'object' || record === null) return { record, website: null }
  const { website, notes } = record as AnyRecord
  if (typeof website !== 'string' || website.trim() === '' || isWebAddress(website.trim()))
    return { record, website: null }
  const before = typeof notes === 'string' && notes.trim() !== '' ? `${notes}\n` : ''
  return { record: { ...record, website: '', notes: `${before}${website.trim()}` }, website: website.trim() }
}

/** Every link (or the first `limit`) that names a record the tables do not hold. */
export function unresolvedLinks(tables: Readonly<Record<string, readonly unknown[]>>, limit = 20) {
  const ids = idsByTarget(tables)
  const links: UnresolvedLink[] = []
  let total = 0
  for (const spec of LINKS) {
    const isGone = (id: string) => !ids(spec.target).has(id)
    for (const record of (tables[spec.table] ?? []) as AnyRecord[]) {
      if (!pointsToGone(record, spec, isGone)) continue
      total += 1
      if (links.length < limit)
        links.push({ table: spec.table, label: recordLabel(record), target: spec.target })
    }
  }
  return { links, total }
}

function idsByTarget(tables: Readonly<Record<string, readonly unknown[]>>) {
  const ids = new Map<LinkTarget, Set<string>>()
  return (target: LinkTarget) => {
    let set = ids.get(target)
    if (!set) {
      const records = (tables[TARGET_TABLES[target]] ?? []) as AnyRecord[]
      ids.set(target, (set = new Set(records.map((r) => String(r.id)))))
    }
    return set
  }
}

/**
 * Cuts, in place, the links to records the tables do not hold, as a purge does. A financing file
 * whose company is missing keeps it: a placeholder company, in the Trash, stands for it, so the
 * file and its amounts stay and the officer can restore or relink it.
 */
export function cutUnresolvedLinks(tables: AnyTables, exportedAt: string): void {
  const ids = idsByTarget(tables)
  for (const spec of LINKS) {
    const records = tables[spec.table]
    if (!records || !tables[TARGET_TABLES[spec.target]]) continue
    const isGone = (id: string) => !ids(spec.target).has(id)
    const kept: AnyRecord[] = []
    for (const record of records) {
      if (!pointsToGone(record, spec, isGone)) kept.push(record)
      else if (spec.cut === 'required') {
        const missingId = String(record[spec.field])
        tables.organizations.push(missingOrganization(missingId, exportedAt))
        ids(spec.target).add(missingId)
        kept.push(record)
      } else {
        const cut = cutLinks(record, spec, isGone)
        if (cut) kept.push(cut)
      }
    }
    tables[spec.table] = kept
  }
}

const MISSING_ORGANIZATION_NAME = 'Entreprise supprimée / Deleted company'

function missingOrganization(id: string, at: string): AnyRecord {
  return organizationSchema.parse({
    id,
    name: MISSING_ORGANIZATION_NAME,
    nameKey: organizationNameKey(MISSING_ORGANIZATION_NAME),
    createdAt: at,
    updatedAt: at,
    deletedAt: at,
    revision: 0
  })
}
