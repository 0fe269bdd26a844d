// The event form's values (what the inputs hold) and their conversion to the schema's input.
import { fromLocalParts, localParts, type CalendarDate } from '@shared/domain/dates'
import type { EventInput, RelaisEvent } from '@shared/schemas'

export interface EventFormValues {
  name: string
  date: CalendarDate | null
  start: string
  end: string
  venue: string
  city: string
  organizerIds: string[]
  notes: string
}

export function emptyEventForm(today: CalendarDate): EventFormValues {
  return {
    name: '',
    date: today,
    start: '17:00',
    end: '19:00',
    venue: '',
    city: '',
    organizerIds: [],
    notes: ''
  }
}

export function eventToForm(event: RelaisEvent): EventFormValues {
  const start = localParts(event.startsAt)
  return {
    name: event.name,
    date: start.date,
    start: start.time,
    end: event.endsAt ? localParts(event.endsAt).time : '',
    venue: event.venue,
    city: event.city,
    organizerIds: event.organizerIds,
    notes: event.notes
  }
}

const TIME = /^\d\d:\d\d$/

/** An end earlier than the start is on the next day (an evening that ends after midnight). */
export function formToEventInput(values: EventFormValues): EventInput {
  const startsAt = values.date && TIME.test(values.start) ? fromLocalParts(values.date, values.start) : ''
  let endsAt: string | null = null
  if (startsAt && values.date && TIME.test(values.end)) {
    endsAt = fromLocalParts(values.date, values.end)
    if (endsAt < startsAt) endsAt = new Date(Date.parse(endsAt) + 86_400_000).toISOString()
  }
  return {
    name: values.name,
    startsAt,
    endsAt,
    venue: values.venue,
    city: values.city,
    organizerIds: values.organizerIds,
    notes: values.notes
  }
}
