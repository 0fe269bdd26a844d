// Events (a 5 à 7, a conference, a mission): the record, and what its page shows: the people met
// there (interactions linked to it), the follow-ups promised there and the introductions made there,
// each read through its eventId index.
import { ValidationError } from '@shared/errors'
import {
  eventInputSchema,
  eventSchema,
  parseOrThrow,
  type EventInput,
  type FollowUp,
  type Interaction,
  type Introduction,
  type Organization,
  type RelaisEvent
} from '@shared/schemas'
import { db } from '../schema'
import { namesOf, type LinkedNames } from './names'
import { assertRevision, getOrThrow, isLive, newMeta, nowIso, restoreFromTrash, softDelete } from './records'

export function buildEvent(input: EventInput, at = nowIso()): RelaisEvent {
  const parsed = parseOrThrow(eventInputSchema, input)
  return parseOrThrow(eventSchema, {
    ...parsed,
    organizerIds: [...new Set(parsed.organizerIds)],
    ...newMeta(at)
  })
}

async function assertOrganizersExist(organizerIds: string[]): Promise<void> {
  const organizers = await db().organizations.bulkGet(organizerIds)
  if (!organizers.every(isLive))
    throw new ValidationError([{ path: 'organizerIds', key: 'validation.organizationMissing' }])
}

export async function createEvent(input: EventInput): Promise<RelaisEvent> {
  const record = buildEvent(input)
  return db().transaction('rw', db().events, db().organizations, async () => {
    await assertOrganizersExist(record.organizerIds)
    await db().events.add(record)
    return record
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateEvent(
  id: string,
  patch: Partial<EventInput>,
  expectedRevision?: number
): Promise<RelaisEvent> {
  return db().transaction('rw', db().events, db().organizations, async () => {
    const current = await getOrThrow(db().events, id)
    assertRevision(current, expectedRevision)
    const parsed = parseOrThrow(eventInputSchema, { ...current, ...patch })
    const next = parseOrThrow(eventSchema, {
      ...current,
      ...parsed,
      organizerIds: [...new Set(parsed.organizerIds)],
      updatedAt: nowIso()
    })
    await assertOrganizersExist(next.organizerIds)
    await db().events.put(next)
    return next
  })
}

export const deleteEvent = (id: string) => softDelete(db().events, id)
export const restoreEvent = (id: string) => restoreFromTrash(db().events, id)

export async function getEvent(id: string): Promise<RelaisEvent | undefined> {
  const record = await db().events.get(id)
  return isLive(record) ? record : undefined
}

export interface EventRow {
  event: RelaisEvent
  organizers: Organization[]
  /** Interactions logged at the event (people met). */
  encounters: number
}

/** Every live event with its organizers and how many encounters were logged there. */
export async function listEventRows(): Promise<EventRow[]> {
  const events = (await db().events.orderBy('startsAt').reverse().toArray()).filter(isLive)
  const organizerIds = [...new Set(events.flatMap((e) => e.organizerIds))]
  const [organizers, counts] = await Promise.all([
    db().organizations.bulkGet(organizerIds),
    Promise.all(events.map((e) => db().interactions.where('eventId').equals(e.id).count()))
  ])
  const byId = new Map(organizers.filter(isLive).map((o) => [o.id, o]))
  return events.map((event, index) => ({
    event,
    organizers: event.organizerIds.flatMap((id) => byId.get(id) ?? []),
    encounters: counts[index]
  }))
}

export interface EventDetail extends LinkedNames {
  event: RelaisEvent
  organizers: Organization[]
  interactions: Interaction[]
  followUps: FollowUp[]
  introductions: Introduction[]
}

const liveByEvent = async <T extends { deletedAt: string | null }>(
  table: 'interactions' | 'followUps' | 'introductions',
  eventId: string
) => (await db().table<T, string>(table).where('eventId').equals(eventId).toArray()).filter(isLive)

/** An event's page: its record, who was met there, what was promised, who was put in touch. */
export async function getEventDetail(id: string): Promise<EventDetail | undefined> {
  const event = await getEvent(id)
  if (!event) return undefined
  const [interactions, followUps, introductions, organizers] = await Promise.all([
    liveByEvent<Interaction>('interactions', id),
    liveByEvent<FollowUp>('followUps', id),
    liveByEvent<Introduction>('introductions', id),
    db().organizations.bulkGet(event.organizerIds)
  ])
  interactions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
  followUps.sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const names = await namesOf({ interactions, followUps })
  return { event, organizers: organizers.filter(isLive), interactions, followUps, introductions, ...names }
}
