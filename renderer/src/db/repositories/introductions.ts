// Introductions ("mises en relation"). Once made, an introduction is also an interaction of kind
// "introduction" that shares its id, linked to both people and their companies, so it shows on all
// their timelines; a check-in date becomes a follow-up. Each save writes all of it in one transaction.
import { nextOutcomeAt } from '@shared/domain/introductions'
import { ValidationError } from '@shared/errors'
import {
  introductionInputSchema,
  introductionSchema,
  parseOrThrow,
  type Contact,
  type Introduction,
  type IntroductionInput
} from '@shared/schemas'
import { db } from '../schema'
import { buildFollowUp } from './followUps'
import { interactionTables, recomputeLastInteraction } from './interactions'
import { assertRevision, getOrThrow, isLive, newMeta, nowIso, restoreFromTrash, softDelete } from './records'
import { syncIntroductionLog } from './introductionLog'

export interface IntroductionTexts {
  /** Title of the interaction that records the introduction, e.g. "Mise en relation : A et B". */
  logTitle: string
  /** When the introduction was made, as a timestamp for the timelines. */
  loggedAt: string
  /** Title of the check-in follow-up. */
  checkInTitle: string
}

const tables = () => [...interactionTables(), db().introductions, db().followUps, db().events]

async function assertLinksExist(record: Introduction): Promise<Contact[]> {
  const [a, b, requester] = await db().contacts.bulkGet([
    record.personAId,
    record.personBId,
    record.requestedBy ?? record.personAId
  ])
  if (!isLive(a)) throw new ValidationError([{ path: 'personAId', key: 'validation.contactMissing' }])
  if (!isLive(b)) throw new ValidationError([{ path: 'personBId', key: 'validation.contactMissing' }])
  if (!isLive(requester))
    throw new ValidationError([{ path: 'requestedBy', key: 'validation.contactMissing' }])
  if (record.eventId && !isLive(await db().events.get(record.eventId)))
    throw new ValidationError([{ path: 'eventId', key: 'validation.eventMissing' }])
  return [a, b]
}

/**
 * The check-in date as a follow-up: opened on that date, moved with it, cancelled when the date is
 * cleared (a done one stays done).
 */
async function syncCheckIn(record: Introduction, people: Contact[], texts: IntroductionTexts) {
  const existing = (await db().followUps.where('contactId').equals(record.personAId).toArray()).find(
    (f) => f.introductionId === record.id && isLive(f) && f.status === 'open'
  )
  if (!record.checkInDate) {
    if (existing)
      await db().followUps.put({ ...existing, status: 'cancelled', doneAt: null, updatedAt: nowIso() })
    return
  }
  if (existing) {
    if (existing.dueDate !== record.checkInDate)
      await db().followUps.put({ ...existing, dueDate: record.checkInDate, updatedAt: nowIso() })
    return
  }
  const followUp = buildFollowUp({
    title: texts.checkInTitle,
    dueDate: record.checkInDate,
    contactId: record.personAId,
    organizationId: people[0]?.organizationId ?? null,
    eventId: record.eventId,
    introductionId: record.id
  })
  await db().followUps.add(followUp)
}

async function write(record: Introduction, texts: IntroductionTexts) {
  const people = await assertLinksExist(record)
  await db().introductions.put(record)
  await syncIntroductionLog(record, people, texts)
  await syncCheckIn(record, people, texts)
}

export async function createIntroduction(
  input: IntroductionInput,
  texts: IntroductionTexts
): Promise<Introduction> {
  const parsed = parseOrThrow(introductionInputSchema, input)
  const meta = newMeta()
  const outcomeAt = nextOutcomeAt(undefined, parsed, meta.createdAt)
  const record = parseOrThrow(introductionSchema, { ...parsed, ...meta, outcomeAt })
  await db().transaction('rw', tables(), async () => {
    await write(record, texts)
  })
  return record
}

export async function updateIntroduction(
  id: string,
  patch: Partial<IntroductionInput>,
  texts: IntroductionTexts,
  /** The revision the form read; a save over a later one throws StaleRecordError. */
  expectedRevision?: number
): Promise<Introduction> {
  return db().transaction('rw', tables(), async () => {
    const current = await getOrThrow(db().introductions, id)
    assertRevision(current, expectedRevision)
    const parsed = parseOrThrow(introductionInputSchema, { ...current, ...patch })
    const updatedAt = nowIso()
    const outcomeAt = nextOutcomeAt(current, parsed, updatedAt)
    const next = parseOrThrow(introductionSchema, { ...current, ...parsed, updatedAt, outcomeAt })
    await write(next, texts)
    return next
  })
}

/** The introduction and its interaction go to the Trash together, and come back together. */
async function withLog(id: string, change: typeof softDelete) {
  await db().transaction('rw', tables(), async () => {
    await change(db().introductions, id)
    const log = await db().interactions.get(id)
    if (!log) return
    await change(db().interactions, id)
    await recomputeLastInteraction(log.organizationIds, log.contactIds)
  })
}

export const deleteIntroduction = (id: string) => withLog(id, softDelete)
export const restoreIntroduction = (id: string) => withLog(id, restoreFromTrash)
