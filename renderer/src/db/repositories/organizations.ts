import { compareText, organizationNameKey } from '@shared/domain/text'
import {
  organizationInputSchema,
  organizationSchema,
  parseOrThrow,
  type Organization,
  type OrganizationInput
} from '@shared/schemas'
import { db } from '../schema'
import { refreshFileOrganizations } from './fileOrganizations'
import { assertNeqsUnique } from './neq'
import {
  assertRevision,
  getOrThrow,
  isLive,
  newMeta,
  nowIso,
  restoreFromTrash,
  softDelete,
  liveRows
} from './records'

/** Validate and build a stored organization without writing it (used by create, import, demo). */
export function buildOrganization(input: OrganizationInput, at = nowIso()): Organization {
  const parsed = parseOrThrow(organizationInputSchema, input)
  return parseOrThrow(organizationSchema, {
    ...parsed,
    ...newMeta(at),
    nameKey: organizationNameKey(parsed.name),
    lastInteractionAt: null
  })
}

export async function createOrganization(input: OrganizationInput): Promise<Organization> {
  const record = buildOrganization(input)
  return db().transaction('rw', db().organizations, async () => {
    await db().organizations.add(record)
    await assertNeqsUnique([record])
    return record
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateOrganization(
  id: string,
  patch: Partial<OrganizationInput>,
  expectedRevision?: number
): Promise<Organization> {
  return db().transaction('rw', db().organizations, db().opportunities, async () => {
    const current = await getOrThrow(db().organizations, id)
    assertRevision(current, expectedRevision)
    const parsed = parseOrThrow(organizationInputSchema, { ...current, ...patch })
    const next = parseOrThrow(organizationSchema, {
      ...current,
      ...parsed,
      nameKey: organizationNameKey(parsed.name),
      updatedAt: nowIso(),
      revision: (current.revision ?? 0) + 1
    })
    await db().organizations.put(next)
    if (next.name !== current.name || next.region !== current.region) await refreshFileOrganizations([id])
    // Only a changed NEQ: companies that already share one (older versions let an import merge do
    // it) stay editable
    if (next.neq !== current.neq) await assertNeqsUnique([next])
    return next
  })
}

/** To the Trash: its files then show no company on the board, as before they kept a copy. */
export async function deleteOrganization(id: string): Promise<void> {
  await db().transaction('rw', db().organizations, db().opportunities, async () => {
    await softDelete(db().organizations, id)
    await refreshFileOrganizations([id])
  })
}

/** Back from the Trash, unless a live company took its NEQ meanwhile. */
export async function restoreOrganization(id: string): Promise<void> {
  await db().transaction('rw', db().organizations, db().opportunities, async () => {
    await restoreFromTrash(db().organizations, id)
    await assertNeqsUnique([await getOrThrow(db().organizations, id)])
    await refreshFileOrganizations([id])
  })
}

export async function getOrganization(id: string): Promise<Organization | undefined> {
  const record = await db().organizations.get(id)
  return isLive(record) ? record : undefined
}

export async function listOrganizations(): Promise<Organization[]> {
  return liveRows(db().organizations)
}

/** Live organizations whose folded name matches, for duplicate warnings. */
export async function findOrganizationsByName(name: string): Promise<Organization[]> {
  const key = organizationNameKey(name)
  if (!key) return []
  return (await db().organizations.where('nameKey').equals(key).toArray()).filter(isLive)
}

/** Live organizations holding this NEQ (spaces ignored), for a new company's duplicate check. */
export async function findOrganizationsByNeq(neq: string): Promise<Organization[]> {
  const wanted = neq.replace(/\s+/g, '')
  if (!wanted) return []
  return (await db().organizations.where('neq').equals(wanted).toArray()).filter(isLive)
}

/** Every tag in use, in reading order (the index holds them by code point: « IA » before « agtech »). */
export async function allOrganizationTags(): Promise<string[]> {
  const keys = await db().organizations.orderBy('tags').uniqueKeys()
  return keys.map(String).sort(compareText)
}
