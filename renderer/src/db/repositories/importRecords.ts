// Writes an import plan (shared/import/plan) in one transaction: every organization and contact is
// built and validated as a form would, links resolved, merges applied to the current records; any
// failure (a NEQ taken meanwhile, a record deleted meanwhile) writes nothing at all.
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

export async function applyImportPlan(plan: ImportPlan): Promise<ImportOutcome> {
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
  const d = db()
  await d.transaction('rw', d.organizations, d.contacts, async () => {
    await assertNeqsFree(created)
    await d.organizations.bulkAdd(created)
    await d.contacts.bulkAdd(people)
    for (const o of plan.organizations)
      if (o.action === 'merge') await mergeOrganization(o.existingId, o.input, at)
    for (const c of plan.contacts) {
      if (c.action === 'merge') await mergeContact(c.existingId, c.input, resolve(c.organization), at)
    }
  })
  const merges = (list: { action: string }[]) => list.filter((x) => x.action === 'merge').length
  return {
    organizationsCreated: created.length,
    organizationsMerged: merges(plan.organizations),
    contactsCreated: people.length,
    contactsMerged: merges(plan.contacts)
  }
}
