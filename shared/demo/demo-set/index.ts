// The first-run demo workspace: a fictional Saguenay–Lac-Saint-Jean technology ecosystem, the same
// for a given seed and `now`, dated relative to `now` so its lists (due today, overdue, stale key
// accounts, red flags) are never empty.
import type { Clock } from '../clock'
import { applyLastSeen, LastSeen } from '../last-seen'
import { rngFor } from '../rng'
import type { WorkspaceChunk } from '../types'
import { buildDirectory } from './directory'
import { buildEvents, buildDemoOpportunities } from './events-and-opportunities'
import { buildFollowUps } from './follow-ups'
import { buildInteractions } from './interactions'
import { buildIntroductions } from './introductions'

export function* demoTables(seed: number, clock: Clock): Generator<WorkspaceChunk> {
  const directory = buildDirectory(rngFor(seed, 'directory'), clock)
  const events = buildEvents(rngFor(seed, 'events'), clock, directory)
  const { opportunities, stageChanges } = buildDemoOpportunities(rngFor(seed, 'files'), clock, directory)
  const interactions = buildInteractions(
    rngFor(seed, 'interactions'),
    clock,
    directory,
    events,
    opportunities
  )
  const intros = buildIntroductions(rngFor(seed, 'introductions'), clock, directory, events)
  interactions.push(...intros.interactions)
  interactions.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0))
  const followUps = buildFollowUps(
    rngFor(seed, 'follow-ups'),
    clock,
    { directory, interactions, opportunities },
    intros.checkIns
  )

  const seen = new LastSeen()
  for (const i of interactions) seen.note([...i.organizationIds, ...i.contactIds], Date.parse(i.occurredAt))
  applyLastSeen(directory.organizations, seen)
  applyLastSeen(directory.contacts, seen)

  yield { table: 'organizations', records: directory.organizations }
  yield { table: 'contacts', records: directory.contacts }
  yield { table: 'events', records: events.map((e) => e.record) }
  yield { table: 'opportunities', records: opportunities }
  yield { table: 'stageChanges', records: stageChanges }
  yield { table: 'interactions', records: interactions }
  yield { table: 'followUps', records: followUps }
  yield { table: 'introductions', records: intros.introductions }
}
