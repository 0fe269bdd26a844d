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
import { buildOrganization } from './organizations'
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
  if (error instanceof ValidationError) throw new AppError('import.errors.rowRefused', { row })
  throw error
}

async function assertNeqsFree(records: Organization[]): Promise<void> {
  const neqs = records.map((o) => o.neq).filter(Boolean)
  if (neqs.length === 0) return
  const taken = (await db().organizations.where('neq').anyOf(neqs).toArray()).filter(isLive)
  const clash = records.find((o) => o.neq && taken.some((t) => t.neq === o.neq))
  if (clash) throw new AppError('import.errors.neqTaken', { neq: clash.neq, name: clash.name })
}

async function mergeOrganization(existingId: string, input: object, at: string): Promise<void> {
  const current = await db().organizations.get(existingId)
  if (!isLive(current)) throw new AppError('import.errors.changedMeanwhile')
  const merged = fillBlanks<Record<string, unknown>>({ ...current }, { ...input })
  const next = parseOrThrow(organizationSchema, {
    ...merged,
    nameKey: organizationNameKey(String(merged.name)),
    updatedAt: at
  })
  await db().organizations.put(next)
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
  await d.transaction('rw', d.organizations, d.contacts, async () => {
    wrote(0)
    await assertNeqsFree(created)
    for (const chunk of chunks(created)) {
      await d.organizations.bulkAdd(chunk)
      wrote(chunk.length)
    }
    for (const chunk of chunks(people)) {
      await d.contacts.bulkAdd(chunk)
      wrote(chunk.length)
    }
    for (const o of plan.organizations) {
      if (o.action !== 'merge') continue
      await mergeOrganization(o.existingId, o.input, at)
      wrote(1)
    }
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
