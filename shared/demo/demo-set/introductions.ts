// The demo's introductions ("mises en relation"), each made one logged as an interaction too.
import type { Contact, Interaction, Introduction } from '../../schemas'
import type { Clock } from '../clock'
import { DEMO_INTRODUCTIONS } from '../data/demo-story'
import type { Rng } from '../rng'
import type { DemoDirectory } from './directory'
import type { DemoEvent } from './events-and-opportunities'
import { interactionOf } from './interactions'

const DAY_MS = 86_400_000

/** A made introduction the officer promised to check on: it becomes a follow-up. */
export interface CheckIn {
  introduction: Introduction
  person: Contact
  /** Days from today to the check-in date. */
  dueIn: number
}

export function buildIntroductions(
  rng: Rng,
  clock: Clock,
  directory: DemoDirectory,
  events: DemoEvent[]
): { introductions: Introduction[]; interactions: Interaction[]; checkIns: CheckIn[] } {
  const introductions: Introduction[] = []
  const interactions: Interaction[] = []
  const checkIns: CheckIn[] = []
  for (const spec of DEMO_INTRODUCTIONS) {
    const a = directory.personByName.get(spec.a)
    const b = directory.personByName.get(spec.b)
    if (!a || !b) throw new Error(`Unknown demo person in introduction: ${spec.a} / ${spec.b}`)
    const event = events.find((e) => e.spec.key === spec.event)
    const atMs = event
      ? event.startMs + 60 * 60_000
      : clock.atMs(clock.workday(spec.daysAgo), 10 * 60 + rng.int(0, 36) * 10)
    const daysAgo = event ? event.spec.daysAgo : clock.workday(spec.daysAgo)
    const made = spec.status !== 'proposed'
    const createdAt = clock.iso(atMs)
    const updatedAt = clock.iso(
      spec.status === 'outcome' ? Math.min(atMs + rng.int(10, 30) * DAY_MS, clock.nowMs) : atMs
    )
    const introduction: Introduction = {
      id: rng.uuid(),
      personAId: a.id,
      personBId: b.id,
      requestedBy: a.id,
      madeAt: made ? clock.date(-daysAgo) : null,
      reason: spec.reason,
      consentA: true,
      consentB: made,
      status: spec.status,
      outcome: spec.outcome,
      outcomeNote: spec.outcomeNote ?? '',
      checkInDate: spec.status === 'made' || spec.status === 'met' ? clock.date(-daysAgo + 21) : null,
      eventId: event?.record.id ?? null,
      createdAt,
      updatedAt,
      deletedAt: null,
      outcomeAt: spec.status === 'outcome' ? updatedAt : null
    }
    introductions.push(introduction)
    if (spec.status === 'made') checkIns.push({ introduction, person: a, dueIn: 21 - daysAgo })
    if (!made) continue
    const english = a.language === 'en'
    interactions.push(
      interactionOf(rng, clock, {
        kind: 'introduction',
        occurredMs: atMs,
        title: english
          ? `Introduction: ${spec.a} and ${spec.b}`
          : `Mise en relation : ${spec.a} et ${spec.b}`,
        notes: spec.reason,
        organizationIds: [
          ...new Set([a.organizationId, b.organizationId].filter((id): id is string => id !== null))
        ],
        contacts: [a, b],
        durationMinutes: null,
        eventId: event?.record.id ?? null
      })
    )
  }
  return { introductions, interactions, checkIns }
}
