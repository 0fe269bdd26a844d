// Meetings from a calendar file (.ics as Outlook, Google and Apple write it). ical.js parses it and
// expands recurrences (RRULE, EXDATE, instances moved by RECURRENCE-ID); zones.ts turns wall-clock
// times into instants. What comes out: the past instances of a window with someone else invited.
import ICAL from 'ical.js'
import { AppError } from '../errors'
import { decodeText } from '../import/decode'
import { assertSize, MAX_CALENDAR_BYTES } from './limits'
import { attendeesOf, type Attendee } from './attendees'
import { instantOf, ianaZoneOf } from './zones'

export interface CalendarMeeting {
  /** UID and recurrence id: what the capture memory remembers. */
  key: string
  uid: string
  /** The instance's original start (ISO UTC, or a date for all-day), null for a single event. */
  recurrenceId: string | null
  /** Empty for a private event (time only). */
  title: string
  location: string
  /** ISO UTC. */
  start: string
  end: string
  durationMinutes: number
  allDay: boolean
  isPrivate: boolean
  /** Everyone but the officer (empty for a private event). */
  attendees: Attendee[]
}

export interface CalendarWindow {
  /** The officer's own addresses, excluded from attendees. */
  ownAddresses: readonly string[]
  /** Zone of floating and all-day times: the officer's. */
  officerZone: string
  now: Date
  /** Default: 30 days before now. */
  from?: Date
  /** Default: now. */
  to?: Date
}

const DAY = 24 * 60 * 60 * 1000
const MAX_INSTANCES_PER_EVENT = 20000

type Time = InstanceType<typeof ICAL.Time>
type Event = InstanceType<typeof ICAL.Event>

function instantOfTime(time: Time, tzid: string | null, officerZone: string): Date {
  const wall = { year: time.year, month: time.month, day: time.day, hour: 0, minute: 0, second: 0 }
  if (time.isDate) return instantOf(wall, officerZone)
  const clock = { ...wall, hour: time.hour, minute: time.minute, second: time.second }
  if (time.zone === ICAL.Timezone.utcTimezone)
    return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second))
  const iana = ianaZoneOf(tzid)
  if (iana) return instantOf(clock, iana)
  // A zone only the file's VTIMEZONE defines: ical.js applies its rules
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toJSDate()
  return instantOf(clock, officerZone)
}

function tzidOf(event: Event, property: 'dtstart' | 'dtend' | 'recurrence-id'): string | null {
  const found = event.component.getFirstProperty(property) ?? event.component.getFirstProperty('dtstart')
  const tzid = found?.getParameter('tzid')
  return typeof tzid === 'string' ? tzid : null
}

function parseRoot(text: string): InstanceType<typeof ICAL.Component> {
  if (!/^BEGIN:VCALENDAR/im.test(text)) throw new AppError('capture.errors.notCalendar')
  try {
    const root = new ICAL.Component(ICAL.parse(text))
    if (root.name !== 'vcalendar') throw new Error('not a calendar')
    return root
  } catch {
    throw new AppError('capture.errors.notCalendar')
  }
}

/** Events to expand: ical.js relates each moved instance to its master itself; an instance
 * whose master the file lacks stands alone. */
function eventsOf(root: InstanceType<typeof ICAL.Component>): Event[] {
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  const masters = new Set(events.filter((e) => !e.isRecurrenceException()).map((e) => e.uid))
  return events.filter((e) => !e.isRecurrenceException() || !masters.has(e.uid))
}

interface Occurrence {
  item: Event
  startDate: Time
  endDate: Time
  recurrenceId: Time | null
}

function* occurrences(event: Event, until: number, officerZone: string): Generator<Occurrence> {
  if (!event.isRecurring()) {
    const recurrenceId = event.isRecurrenceException() ? event.recurrenceId : null
    yield { item: event, startDate: event.startDate, endDate: event.endDate, recurrenceId }
    return
  }
  const iterator = event.iterator()
  const zone = tzidOf(event, 'dtstart')
  for (let n = 0, next = iterator.next(); next && n < MAX_INSTANCES_PER_EVENT; n++, next = iterator.next()) {
    const details = event.getOccurrenceDetails(next)
    // a moved instance may now start inside the window though its original time is past it
    if (instantOfTime(next, zone, officerZone).getTime() > until + 366 * DAY) return
    yield {
      item: details.item,
      startDate: details.startDate,
      endDate: details.endDate,
      recurrenceId: details.recurrenceId
    }
  }
}

function recurrenceKey(time: Time | null, tzid: string | null, officerZone: string): string | null {
  if (!time) return null
  if (time.isDate) return time.toString()
  return instantOfTime(time, tzid, officerZone).toISOString()
}

function isSkipped(item: Event, ownAddresses: ReadonlySet<string>): boolean {
  if (item.component.getFirstPropertyValue('status') === 'CANCELLED') return true
  return attendeesOf(item.component).some((a) => ownAddresses.has(a.email) && a.declined)
}

/** Parses a calendar file and lists the meetings of the window, oldest first. */
export function meetingsOf(bytes: Uint8Array, window: CalendarWindow): CalendarMeeting[] {
  assertSize(bytes.length, MAX_CALENDAR_BYTES)
  const root = parseRoot(decodeText(bytes).text)
  if (root.getFirstPropertyValue('method') === 'CANCEL') return []
  const own = new Set(window.ownAddresses.map((a) => a.trim().toLowerCase()))
  const to = (window.to ?? window.now).getTime()
  const from = (window.from ?? new Date(window.now.getTime() - 30 * DAY)).getTime()
  const meetings: CalendarMeeting[] = []
  for (const event of eventsOf(root)) {
    for (const o of occurrences(event, to, window.officerZone)) {
      const start = instantOfTime(o.startDate, tzidOf(o.item, 'dtstart'), window.officerZone)
      if (start.getTime() < from || start.getTime() > to || isSkipped(o.item, own)) continue
      const others = attendeesOf(o.item.component).filter((a) => !own.has(a.email))
      if (others.length === 0) continue
      const end = instantOfTime(o.endDate, tzidOf(o.item, 'dtend'), window.officerZone)
      const recurrenceId = recurrenceKey(o.recurrenceId, tzidOf(event, 'recurrence-id'), window.officerZone)
      const classification = String(o.item.component.getFirstPropertyValue('class') ?? '')
      const isPrivate = classification === 'PRIVATE' || classification === 'CONFIDENTIAL'
      meetings.push({
        key: `${event.uid}|${recurrenceId ?? ''}`,
        uid: event.uid,
        recurrenceId,
        title: isPrivate ? '' : (o.item.summary ?? '').trim(),
        location: isPrivate ? '' : (o.item.location ?? '').trim(),
        start: start.toISOString(),
        end: end.toISOString(),
        durationMinutes: Math.max(0, Math.round((end.getTime() - start.getTime()) / 60000)),
        allDay: o.startDate.isDate,
        isPrivate,
        attendees: isPrivate ? [] : others
      })
    }
  }
  return meetings.sort((a, b) => a.start.localeCompare(b.start))
}
