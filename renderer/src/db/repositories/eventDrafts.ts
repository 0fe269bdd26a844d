// Event-mode drafts not saved yet, with their event's name: Today, the Events list and the event's
// page say so, so an evening typed and never saved is not forgotten.
import { db } from '../schema'
import { getDraft } from './drafts'
import { isLive } from './records'

export const EVENT_DRAFT_PREFIX = 'event-mode:'

export interface EventDraftSummary {
  eventId: string
  eventName: string
  /** Lines with a person or a note. */
  encounters: number
}

/** Lines with something typed; the draft's shape is checked loosely (a bad one counts none). */
function typedLines(value: unknown): number {
  if (!value || typeof value !== 'object' || !('lines' in value) || !Array.isArray(value.lines)) return 0
  return value.lines.filter((line: unknown) => {
    if (!line || typeof line !== 'object') return false
    const parties = 'parties' in line && Array.isArray(line.parties) ? line.parties.length : 0
    const note = 'note' in line && typeof line.note === 'string' ? line.note.trim() : ''
    return parties > 0 || note !== ''
  }).length
}

export async function listEventDrafts(): Promise<EventDraftSummary[]> {
  const keys = await db().drafts.where('key').startsWith(EVENT_DRAFT_PREFIX).primaryKeys()
  const out: EventDraftSummary[] = []
  for (const key of keys) {
    const eventId = key.slice(EVENT_DRAFT_PREFIX.length)
    const event = await db().events.get(eventId)
    const encounters = typedLines(await getDraft(key))
    if (event && isLive(event) && encounters > 0) out.push({ eventId, eventName: event.name, encounters })
  }
  return out
}
