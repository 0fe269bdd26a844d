// Writes an import plan (shared/import/plan) in one transaction: every organization and contact is
// built and validated as a form would, links resolved, merges applied to the current records; any
// failure (a NEQ taken meanwhile, a record deleted meanwhile) writes nothing at all. Records go
// in by chunks, reporting progress, but all chunks belong to that one transaction.
import { organizationNameKey, personNameKey } from '@shared/domain/text'
import { AppError, ValidationError } from '@shared/errors'
import { indexExisting, type ExistingIndex } from '@shared/import/duplicates'
import { fillBlanks, type ImportPlan, type OrganizationLink } from '@shared/import/plan'
import {
  contactSchema,
  organizationSchema,
  parseOrThrow,
  type Contact,
  type Organization
} from '@shared/schemas'
import { db } from '../schema'
import { buildContact } from './contacts'
import { refreshFileOrganizations } from './fileOrganizations'
import { buildOrganization } from './organizations'
import { assertNeqsUnique as assertNeqsUniqueOnWrite, NeqTakenError } from './neq'
import { isLive, nowIso } from './records'

/** Records written so far inside the import's transaction (nothing is committed before the end). */
export interface ImportProgress {
  written: number
  total: number
}

const WRITE_CHUNK = 1000

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += WRITE_CHUNK) out.push(items.slice(i, i + WRITE_CHUNK))
  return out
}

export interface ImportOutcome {
  organizationsCreated: number
  organizationsMerged: number
  contactsCreated: number
  contactsMerged: number
}

/** Live organizations and contacts, indexed for duplicate detection. */
export async function loadImportIndex(): Promise<ExistingIndex> {
  const [organizations, contacts] = await Promise.all([db().organizations.toArray(), db().contacts.toArray()])
  return indexExisting(organizations, contacts)
}

function rowError(row: number, error: unknown): never {
  if (error instanceof ValidationError) {
    // The field in the person's words (fields.*), not the schema's « name »
    const field = error.issues[0]?.path.split('.')[0] ?? ''
    throw new AppError('import.errors.rowRefused', { row, field })
  }
  throw error
}

/** The NEQ check of every write, said in the import's words: nothing at all was imported. */
async function assertNeqsUnique(written: Organization[]): Promise<void> {
  try {
    await assertNeqsUniqueOnWrite(written)
  } catch (error) {
    if (error instanceof NeqTakenError)
      throw new AppError('import.errors.neqTaken', { neq: error.neq, name: error.taker })
    throw error
  }
}

async function mergeOrganization(existingId: string, input: object, at: string): Promise<Organization> {
  const current = await db().organizations.get(existingId)
  if (!isLive(current)) throw new AppError('import.errors.changedMeanwhile')
  const merged = fillBlanks<Record<string, unknown>>({ ...current }, { ...input })
  const next = parseOrThrow(organizationSchema, {
    ...merged,
    nameKey: organizationNameKey(String(merged.name)),
    updatedAt: at
  })
  await db().organizations.put(next)
  return next
}

async function mergeContact(existingId: string, input: object, organizationId: string | null, at: string) {
  const current = await db().contacts.get(existingId)
  if (!isLive(current)) throw new AppError('import.errors.changedMeanwhile')
  const merged = fillBlanks<Record<string, unknown>>({ ...current }, { ...input, organizationId })
  const next: Contact = parseOrThrow(contactSchema, {
    ...merged,
    nameKey: personNameKey(String(merged.firstName), String(merged.lastName)),
    updatedAt: at
  })
  await db().contacts.put(next)
}

export async function applyImportPlan(
  plan: ImportPlan,
  onProgress: (progress: ImportProgress) => void = () => {}
): Promise<ImportOutcome> {
  const at = nowIso()
  const refs = new Map<string, string>()
  const created: Organization[] = []
  for (const o of plan.organizations) {
    if (o.action !== 'create') continue
    try {
      const record = buildOrganization(o.input, at)
      refs.set(o.ref, record.id)
      created.push(record)
    } catch (error) {
      rowError(o.row, error)
    }
  }
  const resolve = (link: OrganizationLink) =>
    !link ? null : 'id' in link ? link.id : (refs.get(link.ref) ?? null)
  const people: Contact[] = []
  for (const c of plan.contacts) {
    if (c.action !== 'create') continue
    try {
      people.push(buildContact({ ...c.input, organizationId: resolve(c.organization) }, at))
    } catch (error) {
      rowError(c.row, error)
    }
  }
  const merges = (list: { action: string }[]) => list.filter((x) => x.action === 'merge').length
  const total = created.length + people.length + merges(plan.organizations) + merges(plan.contacts)
  let written = 0
  const wrote = (count: number) => onProgress({ written: (written += count), total })
  const d = db()
  await d.transaction('rw', d.organizations, d.contacts, d.opportunities, async () => {
    wrote(0)
    for (const chunk of chunks(created)) {
      await d.organizations.bulkAdd(chunk)
      wrote(chunk.length)
    }
    for (const chunk of chunks(people)) {
      await d.contacts.bulkAdd(chunk)
      wrote(chunk.length)
    }
    const merged: Organization[] = []
    for (const o of plan.organizations) {
      if (o.action !== 'merge') continue
      merged.push(await mergeOrganization(o.existingId, o.input, at))
      wrote(1)
    }
    // A « Compléter » merge may give a company a NEQ another one holds: the whole import is undone
    await assertNeqsUnique([...created, ...merged])
    // A « Compléter » merge may give a company its region: its files' copy follows
    await refreshFileOrganizations(merged.map((o) => o.id))
    for (const c of plan.contacts) {
      if (c.action !== 'merge') continue
      await mergeContact(c.existingId, c.input, resolve(c.organization), at)
      wrote(1)
    }
  })
  return {
    organizationsCreated: created.length,
    organizationsMerged: merges(plan.organizations),
    contactsCreated: people.length,
    contactsMerged: merges(plan.contacts)
  }
}
