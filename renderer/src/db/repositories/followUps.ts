// Follow-ups: promised next steps with a calendar due date. Done and cancelled ones are kept (they
// stay on the timeline); only a delete sends one to the Trash.
import Dexie from 'dexie'
import { ValidationError } from '@shared/errors'
import {
  followUpInputSchema,
  followUpSchema,
  parseOrThrow,
  type FollowUp,
  type FollowUpInput,
  type FollowUpStatus
} from '@shared/schemas'
import type { CalendarDate } from '@shared/domain/dates'
import { db } from '../schema'
import { namesOf, type LinkedNames } from './names'
import { assertRevision, getOrThrow, isLive, newMeta, nowIso, restoreFromTrash, softDelete } from './records'

export function buildFollowUp(input: FollowUpInput, at = nowIso()): FollowUp {
  const parsed = parseOrThrow(followUpInputSchema, input)
  return parseOrThrow(followUpSchema, { ...parsed, ...newMeta(at), doneAt: null })
}

async function assertLinksExist(record: Pick<FollowUp, 'organizationId' | 'contactId'>): Promise<void> {
  if (record.organizationId && !isLive(await db().organizations.get(record.organizationId)))
    throw new ValidationError([{ path: 'organizationId', key: 'validation.organizationMissing' }])
  if (record.contactId && !isLive(await db().contacts.get(record.contactId)))
    throw new ValidationError([{ path: 'contactId', key: 'validation.contactMissing' }])
}

export async function createFollowUp(input: FollowUpInput): Promise<FollowUp> {
  const record = buildFollowUp(input)
  return db().transaction('rw', db().followUps, db().organizations, db().contacts, async () => {
    await assertLinksExist(record)
    await db().followUps.add(record)
    return record
  })
}

/** Apply a change to one follow-up and validate the result; returns the record as it was before. */
async function change(
  id: string,
  apply: (current: FollowUp) => Partial<FollowUp>,
  expectedRevision?: number
): Promise<FollowUp> {
  return db().transaction('rw', db().followUps, db().organizations, db().contacts, async () => {
    const current = await getOrThrow(db().followUps, id)
    assertRevision(current, expectedRevision)
    const next = parseOrThrow(followUpSchema, { ...current, ...apply(current), updatedAt: nowIso() })
    await assertLinksExist(next)
    await db().followUps.put(next)
    return current
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateFollowUp(
  id: string,
  patch: Partial<FollowUpInput>,
  expectedRevision?: number
): Promise<FollowUp> {
  return change(
    id,
    (current) => parseOrThrow(followUpInputSchema, { ...current, ...patch }),
    expectedRevision
  )
}

export const completeFollowUp = (id: string) => change(id, () => ({ status: 'done', doneAt: nowIso() }))
export const cancelFollowUp = (id: string) => change(id, () => ({ status: 'cancelled', doneAt: null }))

/** Inside the caller's transaction: mark these follow-ups done (those still open and not in the Trash). */
export async function markFollowUpsDone(ids: readonly string[], at = nowIso()): Promise<void> {
  const records = await db().followUps.bulkGet([...ids])
  const open = records.filter((r): r is FollowUp => isLive(r) && r.status === 'open')
  await db().followUps.bulkPut(
    open.map((r) => ({ ...r, status: 'done' as const, doneAt: at, updatedAt: at }))
  )
}

/** Put a follow-up back as it was (the Undo of done, cancel or a new date). */
export const revertFollowUp = (previous: FollowUp) =>
  change(previous.id, () => ({ status: previous.status, doneAt: previous.doneAt, dueDate: previous.dueDate }))

/** Snooze or reassign: a new due date; a done or cancelled follow-up is open again. */
export const rescheduleFollowUp = (id: string, dueDate: CalendarDate) =>
  change(id, () => ({ dueDate, status: 'open' satisfies FollowUpStatus, doneAt: null }))

export const deleteFollowUp = (id: string) => softDelete(db().followUps, id)
export const restoreFollowUp = (id: string) => restoreFromTrash(db().followUps, id)

export async function getFollowUp(id: string): Promise<FollowUp | undefined> {
  const record = await db().followUps.get(id)
  return isLive(record) ? record : undefined
}

/** Open follow-ups by due date, through the [status+dueDate] index; `until` bounds the range. */
export async function listOpenFollowUps(until?: CalendarDate): Promise<FollowUp[]> {
  const upper = until === undefined ? Dexie.maxKey : until
  const records = await db()
    .followUps.where('[status+dueDate]')
    .between(['open', Dexie.minKey], ['open', upper], true, true)
    .toArray()
  return records.filter(isLive)
}

export async function listFollowUpsOf(
  index: 'organizationId' | 'contactId',
  id: string
): Promise<FollowUp[]> {
  return (await db().followUps.where(index).equals(id).toArray()).filter(isLive)
}

/** The open follow-ups of these people, soonest due first (the quick log offers to close them). */
export async function listOpenFollowUpsOfContacts(contactIds: readonly string[]): Promise<FollowUp[]> {
  if (contactIds.length === 0) return []
  const records = await db()
    .followUps.where('contactId')
    .anyOf([...contactIds])
    .toArray()
  return records
    .filter((r) => isLive(r) && r.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
}

/**
 * The Today screen: every open follow-up, with the names of its company and contact for the rows
 * `named` picks (the rows shown at first: on a large workspace, naming all 500 open follow-ups
 * cost about a thousand reads before Today could paint).
 */
export async function listOpenFollowUpsWithNames(
  named: (followUps: FollowUp[]) => FollowUp[] = (all) => all
): Promise<LinkedNames & { followUps: FollowUp[] }> {
  const followUps = await listOpenFollowUps()
  return { followUps, ...(await namesOf({ followUps: named(followUps) })) }
}
