// Relationship health: how warm a relationship is, from what the officer already logs.
//
// The formula, on the interactions of one company (or one contact), as of `now`:
//   - counted: meetings, calls, site visits, event encounters, emails and introductions
//     (notes are the officer writing to themself, not contact);
//   - recency = calendar days since the last counted interaction, counted as the cadence counts;
//   - frequency = counted interactions in the last 90 days;
//   - breadth = distinct people met in the last 180 days (companies only).
//   cold    never met, or no contact for more than 180 days
//   fading  no contact for more than 90 days, or for more than 45 days after at most one in 90
//   strong  contact within 30 days and 3+ interactions in 90 days (or 2+ with 2+ people)
//   steady  everything else
// The reason says why in the officer's terms ("3 meetings in 90 days", "no contact for 140 days").
import type { Interaction, InteractionKind } from '../schemas/interaction'
import { calendarDaysSince, todayDate, type CalendarDate } from './dates'

export type HealthLevel = 'strong' | 'steady' | 'fading' | 'cold'

export interface Health {
  level: HealthLevel
  /** i18n key under health.reason.* and its parameters. */
  reason: {
    key: 'never' | 'silentFor' | 'recentMany' | 'recentFew'
    params: { days?: number; count?: number; people?: number }
  }
  recencyDays: number | null
  frequency90: number
  breadth180: number
}

const COUNTED: ReadonlySet<InteractionKind> = new Set([
  'meeting',
  'call',
  'site-visit',
  'event-encounter',
  'email',
  'introduction'
])

export const HEALTH_THRESHOLDS = {
  coldDays: 180,
  quietDays: 45,
  strongRecencyDays: 30,
  windowDays: 90,
  breadthWindowDays: 180
} as const

type HealthInput = Pick<Interaction, 'kind' | 'occurredAt' | 'contactIds' | 'deletedAt'>

function measure(interactions: HealthInput[], now: Date, today: CalendarDate, timeZone?: string) {
  let recencyDays: number | null = null
  let frequency90 = 0
  const people = new Set<string>()
  for (const interaction of interactions) {
    if (interaction.deletedAt !== null || !COUNTED.has(interaction.kind)) continue
    if (Date.parse(interaction.occurredAt) > now.getTime()) continue // planned, not yet happened
    const days = Math.max(0, calendarDaysSince(interaction.occurredAt, today, timeZone))
    if (recencyDays === null || days < recencyDays) recencyDays = days
    if (days <= HEALTH_THRESHOLDS.windowDays) frequency90++
    if (days <= HEALTH_THRESHOLDS.breadthWindowDays) for (const id of interaction.contactIds) people.add(id)
  }
  return { recencyDays, frequency90, breadth180: people.size }
}

/** Days are calendar days in `timeZone` (default: the system's), like the stay-in-touch cadence's. */
export function relationshipHealth(interactions: HealthInput[], now: Date, timeZone?: string): Health {
  const { recencyDays, frequency90, breadth180 } = measure(
    interactions,
    now,
    todayDate(now, timeZone),
    timeZone
  )
  const base = { recencyDays, frequency90, breadth180 }
  const T = HEALTH_THRESHOLDS
  if (recencyDays === null) return { ...base, level: 'cold', reason: { key: 'never', params: {} } }
  const silent = { key: 'silentFor' as const, params: { days: recencyDays } }
  if (recencyDays > T.coldDays) return { ...base, level: 'cold', reason: silent }
  // No contact for more than 90 days leaves nothing in the 90-day window: the window is that bound
  if (recencyDays > T.quietDays && frequency90 <= 1) {
    return { ...base, level: 'fading', reason: silent }
  }
  const strong =
    recencyDays <= T.strongRecencyDays && (frequency90 >= 3 || (frequency90 >= 2 && breadth180 >= 2))
  return {
    ...base,
    level: strong ? 'strong' : 'steady',
    reason: {
      key: frequency90 >= 2 ? 'recentMany' : 'recentFew',
      params: { count: frequency90, days: recencyDays, people: breadth180 }
    }
  }
}
