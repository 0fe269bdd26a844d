// The generated workspace's events (300 in the large one) over three years, a few still to come, organised by partners.
import type { RelaisEvent } from '../../schemas'
import type { Clock } from '../clock'
import { NAME_ROOTS } from '../data/organization-names'
import { EVENT_NAMES } from '../data/phrases'
import { PLACES, VENUES } from '../data/places'
import type { Rng } from '../rng'
import { HISTORY_DAYS } from './plan'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/** What interactions need to know of an event that has taken place. */
export interface PastEvent {
  id: string
  name: string
  startMs: number
  minutes: number
  daysAgo: number
}

export function buildEvents(
  rng: Rng,
  clock: Clock,
  organizerIds: string[],
  count: number
): { records: RelaisEvent[]; past: PastEvent[] } {
  const records: RelaisEvent[] = []
  const past: PastEvent[] = []
  const places = PLACES.map((p) => [p, p.weight] as const)
  for (let i = 0; i < count; i++) {
    const daysAgo = rng.int(-60, HISTORY_DAYS)
    const place = rng.weighted(places)
    const nameOf = rng.pick(EVENT_NAMES)
    const name = nameOf(place.city, rng.pick(NAME_ROOTS))
    const evening = name.startsWith('5 à 7')
    const startMinute = evening ? 17 * 60 : rng.int(16, 28) * 30
    const minutes = evening ? 150 : rng.int(2, 8) * 60
    const day = daysAgo >= 0 ? clock.workday(daysAgo) : daysAgo
    const startMs = day >= 0 ? clock.atMs(day, startMinute) : clock.futureMs(-day, startMinute)
    const createdMs = Math.min(startMs - rng.int(20, 60) * DAY_MS, clock.nowMs)
    records.push({
      id: rng.uuid(),
      name,
      startsAt: clock.iso(startMs),
      endsAt: clock.iso(startMs + minutes * MINUTE_MS),
      venue: `${rng.pick(VENUES)}, ${place.city}`,
      city: place.city,
      organizerIds: rng.sample(organizerIds, rng.int(1, 3)),
      notes: '',
      createdAt: clock.iso(createdMs),
      updatedAt: clock.iso(createdMs),
      deletedAt: null
    })
    if (startMs + minutes * MINUTE_MS < clock.nowMs)
      past.push({ id: records[i].id, name, startMs, minutes, daysAgo: day })
  }
  return { records, past }
}
