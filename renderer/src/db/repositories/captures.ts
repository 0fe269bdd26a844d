// The capture memory: calendar instances and messages offered for logging, and what became of
// them (logged as an interaction, ignored), so nothing is offered twice. Each import and each
// batch of logs is one transaction.
import type { CalendarMeeting } from '@shared/capture/calendar'
import { alreadyLogged, type KnownContact, type KnownOrganization } from '@shared/capture/matching'
import type { Capture, Interaction, InteractionInput } from '@shared/schemas'
import { db } from '../schema'
import { buildContact } from './contacts'
import {
  assertPartiesExist,
  buildInteraction,
  employersOf,
  interactionTables,
  noteInteractions
} from './interactions'
import { isLive, liveRows, nowIso } from './records'
import { withEmployers } from '@shared/domain/employers'

export const calendarKey = (meetingKey: string) => `calendar:${meetingKey}`
export const emailKey = (messageId: string) => `email:${messageId}`

/** New meetings become pending; those already logged or ignored stay as they are. Returns how many are new. */
/** Stores the file's new meetings; returns how many of them started at `countSince` (ISO UTC) or later. */
export async function importCalendarMeetings(
  meetings: readonly CalendarMeeting[],
  countSince = ''
): Promise<number> {
  const at = nowIso()
  return db().transaction('rw', db().captures, async () => {
    const keys = meetings.map((m) => calendarKey(m.key))
    const existing = await db().captures.bulkGet(keys)
    const rows: Capture[] = []
    let added = 0
    meetings.forEach((meeting, i) => {
      const known = existing[i]
      if (known && known.status !== 'pending') return
      if (!known && meeting.start >= countSince) added++
      rows.push({
        key: keys[i],
        source: 'calendar',
        status: 'pending',
        interactionId: null,
        meeting,
        importedAt: at,
        decidedAt: null
      })
    })
    await db().captures.bulkPut(rows)
    return added
  })
}

export interface PendingMeeting {
  captureKey: string
  meeting: CalendarMeeting
}

/** Meetings waiting to be logged, oldest first: those that started at `since` (ISO UTC) or later. */
export async function listPendingMeetings(since = ''): Promise<PendingMeeting[]> {
  const rows = await db().captures.where('status').equals('pending').toArray()
  return rows
    .filter((r) => r.source === 'calendar' && r.meeting && r.meeting.start >= since)
    .map((r) => ({ captureKey: r.key, meeting: r.meeting as CalendarMeeting }))
    .sort((a, b) => a.meeting.start.localeCompare(b.meeting.start))
}

export const countPendingMeetings = async (since = '') => (await listPendingMeetings(since)).length

export async function ignoreCapture(key: string): Promise<void> {
  await db().captures.update(key, { status: 'ignored', meeting: null, decidedAt: nowIso() })
}

/** The quick log saved a captured meeting: remember it as logged (inside the log's transaction). */
export async function rememberLogged(key: string, interactionId: string, at = nowIso()): Promise<void> {
  await db().captures.update(key, { status: 'logged', interactionId, meeting: null, decidedAt: at })
}

/** What matching needs: people with an address (and their names), companies with a website. */
export async function loadCaptureDirectory(): Promise<{
  contacts: KnownContact[]
  organizations: KnownOrganization[]
  names: Map<string, string>
}> {
  const [contacts, organizations] = await Promise.all([liveRows(db().contacts), liveRows(db().organizations)])
  const withEmail = contacts.filter((c) => c.email)
  return {
    contacts: withEmail.map((c) => ({ id: c.id, email: c.email, organizationId: c.organizationId })),
    organizations: organizations.filter((o) => o.website).map((o) => ({ id: o.id, website: o.website })),
    names: new Map(withEmail.map((c) => [c.id, `${c.firstName} ${c.lastName}`.trim()]))
  }
}

/** For each start time with its people, the interaction already logged with them within an hour. */
export async function findAlreadyLogged(
  items: { start: string; contactIds: string[] }[]
): Promise<(string | null)[]> {
  if (items.length === 0) return []
  const starts = items.map((i) => Date.parse(i.start))
  const from = new Date(Math.min(...starts) - 3_600_000).toISOString()
  const to = new Date(Math.max(...starts) + 3_600_000).toISOString()
  const nearby = (await db().interactions.where('occurredAt').between(from, to, true, true).toArray()).filter(
    isLive
  )
  return items.map((i) => alreadyLogged(i.start, i.contactIds, nearby))
}

export interface NewPerson {
  firstName: string
  lastName: string
  email: string
  organizationId: string | null
}

export interface CapturedLog {
  /** The capture memory key, or null for a message without Message-ID. */
  captureKey: string | null
  source: Capture['source']
  interaction: Omit<InteractionInput, 'contactIds'> & { contactIds: string[] }
  /** Created with the log and linked to it. */
  newPeople: NewPerson[]
}

/** Interactions (with the people they create) and their memory, all or nothing. */
export async function saveCapturedLogs(logs: readonly CapturedLog[]): Promise<number> {
  const at = nowIso()
  return db().transaction('rw', [...interactionTables(), db().captures], async () => {
    const logged: Interaction[] = []
    for (const log of logs) {
      const people = log.newPeople.map((p) => buildContact(p, at))
      const contactIds = [...log.interaction.contactIds, ...people.map((p) => p.id)]
      await assertPartiesExist(log.interaction.organizationIds ?? [], log.interaction.contactIds)
      await db().contacts.bulkAdd(people)
      const employers = await employersOf(contactIds)
      const organizationIds = withEmployers(log.interaction.organizationIds ?? [], contactIds, employers)
      const interaction = buildInteraction({ ...log.interaction, organizationIds, contactIds }, at)
      await db().interactions.add(interaction)
      logged.push(interaction)
      if (log.captureKey)
        await db().captures.put({
          key: log.captureKey,
          source: log.source,
          status: 'logged',
          interactionId: interaction.id,
          meeting: null,
          importedAt: at,
          decidedAt: at
        })
    }
    await noteInteractions(logged)
    return logs.length
  })
}

/** Which of these message keys were already logged or ignored. */
export async function decidedKeys(keys: readonly string[]): Promise<Set<string>> {
  const rows = await db().captures.bulkGet([...keys])
  return new Set(rows.filter((r) => r && r.status !== 'pending').map((r) => r!.key))
}
