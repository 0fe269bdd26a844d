// Events: when an encounter captured in event mode happened, and which events are upcoming or past.
// Pure: "now" is a parameter.
import type { RelaisEvent } from '../schemas/event'

/** How long an event without an end time is taken to last (a 5 à 7 lasts about two hours). */
export const DEFAULT_EVENT_HOURS = 3

export function eventEndsAt(event: Pick<RelaisEvent, 'startsAt' | 'endsAt'>): string {
  if (event.endsAt) return event.endsAt
  return new Date(Date.parse(event.startsAt) + DEFAULT_EVENT_HOURS * 3_600_000).toISOString()
}

/**
 * An encounter captured during the event happened now; one captured the morning after (or typed
 * in before, from a guest list) is placed at the event's start, so it sorts with the evening.
 */
export function encounterTime(event: Pick<RelaisEvent, 'startsAt' | 'endsAt'>, now: Date): string {
  const at = now.toISOString()
  return at >= event.startsAt && at <= eventEndsAt(event) ? at : event.startsAt
}

export const EVENT_PERIODS = ['upcoming', 'past', 'all'] as const
export type EventPeriod = (typeof EVENT_PERIODS)[number]

/** Upcoming events soonest first (one still under way counts as upcoming); past ones newest first. */
export function eventsOfPeriod<T extends Pick<RelaisEvent, 'startsAt' | 'endsAt'>>(
  events: readonly T[],
  period: EventPeriod,
  now: Date
): T[] {
  const at = now.toISOString()
  const upcoming = (e: T) => eventEndsAt(e) >= at
  const newestFirst = [...events].sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  if (period === 'all') return newestFirst
  if (period === 'past') return newestFirst.filter((e) => !upcoming(e))
  return newestFirst.filter(upcoming).reverse()
}
