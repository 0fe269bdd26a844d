// The benchmark workspace: exact table sizes (LARGE_COUNTS), a skewed history, realistic text. It is
// produced table by table and interactions slice by slice, so a writer never needs it all at once;
// organizations and people come last, once their lastInteractionAt is known.
import type { Clock } from '../clock'
import { rngFor } from '../rng'
import { applyLastSeen, LastSeen } from '../last-seen'
import type { FollowUp } from '../../schemas'
import type { WorkspaceChunk } from '../types'
import { buildContacts } from './contacts'
import { buildEvents } from './events'
import { buildInteractions } from './interactions'
import { buildIntroductions } from './introductions'
import { buildOpportunities } from './opportunities'
import { buildOrganizations, pickKinds } from './organizations'
import { LARGE_COUNTS, planLarge } from './plan'

export function* largeTables(seed: number, clock: Clock): Generator<WorkspaceChunk> {
  const kinds = pickKinds(rngFor(seed, 'kinds'), LARGE_COUNTS.organizations)
  const plan = planLarge(rngFor(seed, 'plan'), (i) => kinds[i] === 'company')
  const orgs = buildOrganizations(rngFor(seed, 'organizations'), clock, kinds, plan.heavy)
  const contacts = buildContacts(rngFor(seed, 'contacts'), clock, orgs, plan.contacts)
  const funderIds = orgs.records
    .filter((o) => o.kind === 'funder' || o.kind === 'public-body')
    .map((o) => o.id)
  const organizerIds = orgs.records.filter((o) => o.kind !== 'company').map((o) => o.id)

  const events = buildEvents(rngFor(seed, 'events'), clock, organizerIds)
  yield { table: 'events', records: events.records }

  const files = buildOpportunities(
    rngFor(seed, 'files'),
    clock,
    orgs,
    contacts,
    plan.opportunities,
    funderIds
  )
  yield { table: 'opportunities', records: files.records }
  yield { table: 'stageChanges', records: files.stageChanges }

  const followUps: FollowUp[] = []
  const out = { followUps, seen: new LastSeen() }
  const sources = { orgs, contacts, files, pastEvents: events.past, perOrg: plan.interactions }
  for (const slice of buildInteractions(rngFor(seed, 'interactions'), clock, sources, out)) {
    yield { table: 'interactions', records: slice }
  }
  yield { table: 'followUps', records: out.followUps }
  yield {
    table: 'introductions',
    records: buildIntroductions(rngFor(seed, 'introductions'), clock, contacts, events.past)
  }

  applyLastSeen(orgs.records, out.seen)
  applyLastSeen(contacts.records, out.seen)
  yield { table: 'organizations', records: orgs.records }
  yield { table: 'contacts', records: contacts.records }
}
