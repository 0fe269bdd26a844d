// A pending meeting as the interaction it becomes, and as the quick log's prefill.
import type { CapturedLog } from '@renderer/db/repositories/captures'
import type { CalendarMeeting } from '@shared/capture/calendar'
import type { MatchedPerson } from '@shared/capture/matching'

export type KnownPerson = Extract<MatchedPerson, { kind: 'known' }>
export type UnknownPerson = Extract<MatchedPerson, { kind: 'unknown' }>

export interface MeetingRowData {
  captureKey: string
  meeting: CalendarMeeting
  known: KnownPerson[]
  unknown: UnknownPerson[]
  /** An interaction already logged with the same people within an hour. */
  alreadyLoggedId: string | null
}

const MAX_MINUTES = 24 * 60

export function meetingInteraction(row: MeetingRowData, privateTitle: string) {
  const { meeting } = row
  return {
    kind: 'meeting' as const,
    occurredAt: meeting.start,
    durationMinutes: meeting.allDay ? null : Math.min(meeting.durationMinutes, MAX_MINUTES),
    title: (meeting.isPrivate ? privateTitle : meeting.title).slice(0, 200),
    notes: meeting.location,
    organizationIds: [...new Set(row.known.flatMap((p) => p.organizationId ?? []))],
    contactIds: row.known.map((p) => p.contactId)
  }
}

export function meetingLog(row: MeetingRowData, privateTitle: string): CapturedLog {
  return {
    captureKey: row.captureKey,
    source: 'calendar',
    interaction: meetingInteraction(row, privateTitle),
    newPeople: []
  }
}
