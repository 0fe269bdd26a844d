// Follow-ups of the large workspace, each set while logging an interaction: due a few days to a month
// later, done when long past, often still open (and overdue) when recent.
import type { FollowUp, FollowUpStatus, Interaction, Priority } from '../../schemas'
import type { Language } from '../../schemas/common'
import type { Clock } from '../clock'
import { FOLLOW_UP_TITLES } from '../data/phrases'
import type { Rng } from '../rng'

const PRIORITIES: readonly (readonly [Priority, number])[] = [
  ['normal', 6],
  ['high', 2],
  ['low', 2]
]

function statusOf(rng: Rng, dueIn: number): FollowUpStatus {
  const roll = rng.next()
  if (dueIn < -14) return roll < 0.9 ? 'done' : roll < 0.96 ? 'cancelled' : 'open'
  if (dueIn < 0) return roll < 0.55 ? 'done' : 'open'
  return roll < 0.07 ? 'done' : 'open'
}

export interface FollowUpSource {
  interaction: Interaction
  createdMs: number
  daysAgo: number
  organizationId: string
  language: Language
  who: string
}

export function followUpFrom(rng: Rng, clock: Clock, source: FollowUpSource): FollowUp {
  const dueIn = -source.daysAgo + rng.int(2, 30)
  const status = statusOf(rng, dueIn)
  const dueMs = clock.futureMs(dueIn, 17 * 60)
  const doneMs =
    status === 'done' ? clock.between(rng.next(), source.createdMs, Math.min(dueMs, clock.nowMs)) : null
  const updatedMs =
    status === 'cancelled'
      ? clock.after(source.createdMs, rng.int(1, 10) * 24 * 60)
      : (doneMs ?? source.createdMs)
  const interaction = source.interaction
  return {
    id: rng.uuid(),
    title: rng.pick(FOLLOW_UP_TITLES[source.language])(source.who),
    dueDate: clock.date(dueIn),
    status,
    priority: rng.weighted(PRIORITIES),
    notes: '',
    organizationId: source.organizationId,
    contactId: interaction.contactIds[0] ?? null,
    opportunityId: interaction.opportunityId,
    // Some follow-ups were typed on their own, not from the interaction's form
    interactionId: rng.chance(0.85) ? interaction.id : null,
    eventId: interaction.eventId,
    introductionId: null,
    createdAt: clock.iso(source.createdMs),
    updatedAt: clock.iso(updatedMs),
    deletedAt: null,
    doneAt: doneMs === null ? null : clock.iso(doneMs)
  }
}

/**
 * Leaves at most `open` follow-ups open: the surplus, drawn among the overdue ones, was done within
 * two weeks of being set. Today's load is then the one the benchmark names (e.g. 500 open).
 */
export function closeSurplus(rng: Rng, clock: Clock, followUps: FollowUp[], open: number): void {
  const stillOpen = followUps.filter((f) => f.status === 'open')
  const overdue = stillOpen.filter((f) => f.dueDate < clock.today)
  for (const followUp of rng.sample(overdue, Math.max(0, stillOpen.length - open))) {
    const createdMs = Date.parse(followUp.createdAt)
    const doneAt = clock.iso(clock.after(createdMs, rng.int(60, 14 * 24 * 60)))
    followUp.status = 'done'
    followUp.doneAt = doneAt
    followUp.updatedAt = doneAt
  }
}
