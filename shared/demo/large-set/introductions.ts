// The generated workspace's introductions (2,000 in the large one) between people of different organizations.
import type { Introduction, IntroductionStatus } from '../../schemas'
import { INTRODUCTION_OUTCOMES } from '../../schemas'
import { officeMinute, type Clock } from '../clock'
import { INTRODUCTION_REASONS } from '../data/phrases'
import type { Rng } from '../rng'
import type { LargeContacts } from './contacts'
import type { PastEvent } from './events'

const STATUSES: readonly (readonly [IntroductionStatus, number])[] = [
  ['proposed', 15],
  ['made', 30],
  ['met', 25],
  ['outcome', 30]
]

/** Two people of two different organizations. */
function pair(rng: Rng, contacts: LargeContacts): [number, number] {
  const attached = contacts.start[contacts.start.length - 1]
  const a = rng.int(0, attached - 1)
  let b = rng.int(0, attached - 1)
  while (contacts.orgOf[b] === contacts.orgOf[a]) b = rng.int(0, attached - 1)
  return [a, b]
}

export function buildIntroductions(
  rng: Rng,
  clock: Clock,
  contacts: LargeContacts,
  pastEvents: PastEvent[],
  count: number
): Introduction[] {
  const records: Introduction[] = []
  for (let i = 0; i < count; i++) {
    const [a, b] = pair(rng, contacts)
    const status = rng.weighted(STATUSES)
    const event = pastEvents.length > 0 && rng.chance(0.25) ? rng.pick(pastEvents) : null
    const daysAgo = event ? event.daysAgo : clock.workday(rng.int(1, 1_000))
    const atMs = event ? event.startMs + 60 * 60_000 : clock.atMs(daysAgo, officeMinute(rng.next()))
    const made = status !== 'proposed'
    const requester = rng.next()
    const personAId = contacts.records[a].id
    const personBId = contacts.records[b].id
    records.push({
      id: rng.uuid(),
      personAId,
      personBId,
      requestedBy: requester < 0.7 ? personAId : requester < 0.9 ? personBId : null,
      madeAt: made ? clock.date(-daysAgo) : null,
      reason: rng.pick(INTRODUCTION_REASONS),
      consentA: true,
      consentB: made || rng.chance(0.3),
      status,
      outcome: status === 'outcome' ? rng.pick(INTRODUCTION_OUTCOMES) : null,
      outcomeNote: '',
      checkInDate: status === 'made' || status === 'met' ? clock.date(-daysAgo + 21) : null,
      eventId: event?.id ?? null,
      createdAt: clock.iso(atMs),
      updatedAt: clock.iso(atMs),
      deletedAt: null
    })
  }
  return records
}
