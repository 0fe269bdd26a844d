// Interactions (meetings, calls, e-mails, encounters, visits, notes). A write links each person's
// company too (shared/domain/employers), and keeps the denormalised lastInteractionAt of the organizations and contacts involved exact, in the same
// transaction: raised on create, recomputed from the remaining interactions on edit, delete, restore.
import { ValidationError } from '@shared/errors'
import { withEmployers } from '@shared/domain/employers'
import { isErasedPersonId } from '@shared/domain/privacy'
import {
  interactionInputSchema,
  interactionSchema,
  parseOrThrow,
  type Interaction,
  type InteractionInput
} from '@shared/schemas'
import type { Table } from 'dexie'
import { db } from '../schema'
import { assertRevision, getOrThrow, isLive, newMeta, nowIso, restoreFromTrash, softDelete } from './records'

export function buildInteraction(input: InteractionInput, at = nowIso()): Interaction {
  const parsed = parseOrThrow(interactionInputSchema, input)
  return parseOrThrow(interactionSchema, {
    ...parsed,
    organizationIds: [...new Set(parsed.organizationIds)],
    contactIds: [...new Set(parsed.contactIds)],
    ...newMeta(at)
  })
}

/** The tables a write to interactions touches; callers add their own for wider transactions. */
export const interactionTables = () => [db().interactions, db().organizations, db().contacts]

/** Refuse links to organizations or contacts that are missing or in the Trash. */
export async function assertPartiesExist(organizationIds: string[], contactIds: string[]): Promise<void> {
  const [organizations, contacts] = await Promise.all([
    db().organizations.bulkGet(organizationIds),
    // An erased person stays as a placeholder so the company's counts hold
    db().contacts.bulkGet(contactIds.filter((id) => !isErasedPersonId(id)))
  ])
  if (!organizations.every(isLive))
    throw new ValidationError([{ path: 'organizationIds', key: 'validation.organizationMissing' }])
  if (!contacts.every(isLive))
    throw new ValidationError([{ path: 'contactIds', key: 'validation.contactMissing' }])
}

/** Each contact's company, where it exists and is not in the Trash (a link must point to a live record). */
export async function employersOf(contactIds: string[]): Promise<Map<string, string>> {
  const contacts = (await db().contacts.bulkGet(contactIds)).filter(isLive)
  const organizations = await db().organizations.bulkGet(contacts.flatMap((c) => c.organizationId ?? []))
  const live = new Set(organizations.filter(isLive).map((o) => o.id))
  return new Map(
    contacts.flatMap((c) =>
      c.organizationId && live.has(c.organizationId) ? [[c.id, c.organizationId]] : []
    )
  )
}

/** The record linked to its people's employers too (see shared/domain/employers). */
async function withEmployersOf<T extends Pick<Interaction, 'organizationIds' | 'contactIds'>>(record: T) {
  const employers = await employersOf(record.contactIds)
  return { ...record, organizationIds: withEmployers(record.organizationIds, record.contactIds, employers) }
}

type LastSeen = { lastInteractionAt: string | null; updatedAt: string }
type NoteInput = Pick<Interaction, 'organizationIds' | 'contactIds' | 'occurredAt'>

/** Each id's latest occurredAt among `interactions`. */
function latestBy(interactions: NoteInput[], ids: (i: NoteInput) => string[]): Map<string, string> {
  const latest = new Map<string, string>()
  for (const i of interactions)
    for (const id of ids(i)) if ((latest.get(id) ?? '') < i.occurredAt) latest.set(id, i.occurredAt)
  return latest
}

/** Raise each record's lastInteractionAt to its latest in `latest`: one read and one write for all. */
async function raiseAll<T extends LastSeen & { id: string }>(
  table: Table<T, string>,
  latest: Map<string, string>
) {
  const records = await table.bulkGet([...latest.keys()])
  const raised: T[] = []
  for (const record of records) {
    const at = record && latest.get(record.id)
    if (!record || !at || (record.lastInteractionAt !== null && record.lastInteractionAt >= at)) continue
    raised.push({ ...record, lastInteractionAt: at, updatedAt: nowIso() })
  }
  await table.bulkPut(raised)
}

/**
 * New interactions raise their companies' and people's lastInteractionAt where it is older: each
 * record read and written once, however many interactions name it (event mode saves 20 at once).
 */
export async function noteInteractions(interactions: NoteInput[]) {
  await raiseAll(
    db().organizations,
    latestBy(interactions, (i) => i.organizationIds)
  )
  await raiseAll(
    db().contacts,
    latestBy(interactions, (i) => i.contactIds)
  )
}

/** noteInteractions for one new interaction. */
export const noteInteraction = (interaction: NoteInput) => noteInteractions([interaction])

async function latestOccurredAt(index: 'organizationIds' | 'contactIds', id: string): Promise<string | null> {
  let latest: string | null = null
  await db()
    .interactions.where(index)
    .equals(id)
    .each((i) => {
      if (i.deletedAt === null && (latest === null || i.occurredAt > latest)) latest = i.occurredAt
    })
  return latest
}

/** Recompute lastInteractionAt from the live interactions, through the multi-entry indexes. */
export async function recomputeLastInteraction(organizationIds: string[], contactIds: string[]) {
  const setLatest = (latest: string | null) => (record: LastSeen) => {
    if (record.lastInteractionAt === latest) return
    record.lastInteractionAt = latest
    record.updatedAt = nowIso()
  }
  for (const id of new Set(organizationIds)) {
    const latest = await latestOccurredAt('organizationIds', id)
    await db().organizations.where('id').equals(id).modify(setLatest(latest))
  }
  for (const id of new Set(contactIds)) {
    const latest = await latestOccurredAt('contactIds', id)
    await db().contacts.where('id').equals(id).modify(setLatest(latest))
  }
}

export async function createInteraction(input: InteractionInput): Promise<Interaction> {
  const built = buildInteraction(input)
  return db().transaction('rw', interactionTables(), async () => {
    await assertPartiesExist(built.organizationIds, built.contactIds)
    const record = await withEmployersOf(built)
    await db().interactions.add(record)
    await noteInteraction(record)
    return record
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateInteraction(
  id: string,
  patch: Partial<InteractionInput>,
  expectedRevision?: number
): Promise<Interaction> {
  return db().transaction('rw', interactionTables(), async () => {
    const current = await getOrThrow(db().interactions, id)
    assertRevision(current, expectedRevision)
    const parsed = parseOrThrow(interactionInputSchema, { ...current, ...patch })
    const edited = parseOrThrow(interactionSchema, { ...current, ...parsed, updatedAt: nowIso() })
    await assertPartiesExist(edited.organizationIds, edited.contactIds)
    const next = await withEmployersOf(edited)
    await db().interactions.put(next)
    await recomputeLastInteraction(
      [...current.organizationIds, ...next.organizationIds],
      [...current.contactIds, ...next.contactIds]
    )
    return next
  })
}

async function withRecompute(id: string, change: () => Promise<void>): Promise<void> {
  await db().transaction('rw', interactionTables(), async () => {
    const current = await getOrThrow(db().interactions, id)
    await change()
    await recomputeLastInteraction(current.organizationIds, current.contactIds)
  })
}

export const deleteInteraction = (id: string) => withRecompute(id, () => softDelete(db().interactions, id))
export const restoreInteraction = (id: string) =>
  withRecompute(id, () => restoreFromTrash(db().interactions, id))

export async function listInteractionsOf(
  index: 'organizationIds' | 'contactIds',
  id: string
): Promise<Interaction[]> {
  return (await db().interactions.where(index).equals(id).toArray()).filter(isLive)
}
