// Merging two companies or two people, in one transaction: the kept record takes the chosen
// values, everything that referred to the other now refers to it, and the other goes to the Trash
// marked mergedInto. The records as they were are returned, so that Ctrl/Cmd+Z puts them back.
import type { Table } from 'dexie'
import {
  mergeContactFields,
  mergeOrganizationFields,
  type Choices,
  type ContactMergeField,
  type MergeNote,
  type OrganizationMergeField
} from '@shared/merge/plan'
import { contactSchema, organizationSchema, parseOrThrow } from '@shared/schemas'
import { AppError } from '@shared/errors'
import { db } from '../schema'
import { refreshFileOrganizations } from './fileOrganizations'
import { assertNeqsUnique } from './neq'
import { getOrThrow, nowIso } from './records'

/** Every record the merge changed, as it was before, by table. */
export type MergeSnapshot = Map<string, unknown[]>

type AnyTable = Table<Record<string, unknown>, string>

/** Replaces the id wherever it appears as a string in a JSON-like value (saved views, drafts). */
export function replaceId(value: unknown, from: string, to: string): unknown {
  if (value === from) return to
  if (Array.isArray(value)) return [...new Set(value.map((v) => replaceId(v, from, to)))]
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceId(v, from, to)]))
  return value
}

class Rewriter {
  readonly before: MergeSnapshot = new Map()
  constructor(
    private readonly from: string,
    private readonly to: string
  ) {}

  /** Rewrites the records of a table that mention the id (in the given fields, or anywhere). */
  async rewrite(name: string, fields: string[] | 'anywhere', at: string): Promise<void> {
    const table = db().table(name) as AnyTable
    const changed: Record<string, unknown>[] = []
    const originals: Record<string, unknown>[] = []
    for (const record of await table.toArray()) {
      const next = { ...record }
      const keys = fields === 'anywhere' ? Object.keys(record) : fields
      for (const key of keys) if (key in record) next[key] = replaceId(record[key], this.from, this.to)
      if (JSON.stringify(next) === JSON.stringify(record)) continue
      if ('updatedAt' in next && fields !== 'anywhere') next.updatedAt = at
      originals.push(record)
      changed.push(next)
    }
    if (changed.length === 0) return
    this.remember(name, originals)
    await table.bulkPut(changed)
  }

  remember(name: string, records: unknown[]): void {
    this.before.set(name, [...(this.before.get(name) ?? []), ...records])
  }
}

const ORGANIZATION_REFERENCES: [string, string[]][] = [
  ['contacts', ['organizationId']],
  ['opportunities', ['organizationId', 'funderIds']],
  ['interactions', ['organizationIds']],
  ['followUps', ['organizationId']],
  ['events', ['organizerIds']]
]

const CONTACT_REFERENCES: [string, string[]][] = [
  ['opportunities', ['primaryContactId']],
  ['interactions', ['contactIds']],
  ['followUps', ['contactId']],
  ['events', ['organizerIds']]
]

async function moveReferences(rewriter: Rewriter, references: [string, string[]][], at: string) {
  for (const [table, fields] of references) await rewriter.rewrite(table, fields, at)
  await rewriter.rewrite('savedViews', ['state'], at)
  await rewriter.rewrite('drafts', 'anywhere', at)
}

function refuseSame(keptId: string, otherId: string) {
  if (keptId === otherId) throw new AppError('merge.errors.same')
}

export async function mergeOrganizations(
  keptId: string,
  otherId: string,
  choices: Choices<OrganizationMergeField>,
  note: MergeNote
): Promise<MergeSnapshot> {
  refuseSame(keptId, otherId)
  return db().transaction('rw', db().tables, async () => {
    const at = nowIso()
    const kept = await getOrThrow(db().organizations, keptId)
    const other = await getOrThrow(db().organizations, otherId)
    if (kept.deletedAt || other.deletedAt) throw new AppError('errors.notFound')
    const rewriter = new Rewriter(otherId, keptId)
    rewriter.remember('organizations', [kept, other])
    // The other leaves first: its NEQ may now be the kept one's
    await db().organizations.put({ ...other, deletedAt: at, updatedAt: at, mergedInto: keptId })
    const merged = parseOrThrow(organizationSchema, {
      ...mergeOrganizationFields(kept, other, choices, note),
      updatedAt: at
    })
    await db().organizations.put(merged)
    await moveReferences(rewriter, ORGANIZATION_REFERENCES, at)
    // The files moved and the kept company's own (its name may be the other's now)
    await refreshFileOrganizations([keptId, otherId])
    await assertNeqsUnique([merged])
    return rewriter.before
  })
}

export async function mergeContacts(
  keptId: string,
  otherId: string,
  choices: Choices<ContactMergeField>,
  note: MergeNote
): Promise<MergeSnapshot> {
  refuseSame(keptId, otherId)
  return db().transaction('rw', db().tables, async () => {
    const at = nowIso()
    const kept = await getOrThrow(db().contacts, keptId)
    const other = await getOrThrow(db().contacts, otherId)
    if (kept.deletedAt || other.deletedAt) throw new AppError('errors.notFound')
    const rewriter = new Rewriter(otherId, keptId)
    rewriter.remember('contacts', [kept, other])
    await db().contacts.put({ ...other, deletedAt: at, updatedAt: at, mergedInto: keptId })
    const merged = parseOrThrow(contactSchema, {
      ...mergeContactFields(kept, other, choices, note),
      updatedAt: at
    })
    await db().contacts.put(merged)
    await moveReferences(rewriter, CONTACT_REFERENCES, at)
    await moveIntroductions(rewriter, otherId, keptId, at)
    return rewriter.before
  })
}

/** An introduction between the two merged people would introduce someone to themself: left as is. */
async function moveIntroductions(rewriter: Rewriter, from: string, to: string, at: string) {
  const table = db().introductions
  const originals = await table
    .filter((i) => [i.personAId, i.personBId, i.requestedBy].includes(from))
    .toArray()
  const moved = originals
    .map((i) => ({ ...(replaceId(i, from, to) as typeof i), updatedAt: at }))
    .filter((i) => i.personAId !== i.personBId)
  rewriter.remember(
    'introductions',
    originals.filter((o) => moved.some((m) => m.id === o.id))
  )
  await table.bulkPut(moved)
}

/** Undoes a merge: every record it changed back as it was, in one transaction. */
export async function undoMerge(snapshot: MergeSnapshot): Promise<void> {
  await db().transaction('rw', db().tables, async () => {
    for (const [name, records] of snapshot)
      await (db().table(name) as AnyTable).bulkPut(records as Record<string, unknown>[])
    const organizations = (snapshot.get('organizations') ?? []) as Parameters<typeof assertNeqsUnique>[0]
    if (!organizations?.length) return
    await assertNeqsUnique(organizations)
    // The kept company's own files are not in the snapshot: their copy follows its name back
    await refreshFileOrganizations(organizations.map((o) => o.id))
  })
}
