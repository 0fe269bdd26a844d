// The benchmark workspaces (large, and mid: the same generator on a smaller shape): exact table
// sizes, a skewed history, realistic text. It is produced table by table and interactions slice by
// slice, so a writer never needs it all at once; organizations and people come last, once their
// lastInteractionAt is known.
import type { Clock } from '../clock'
import { rngFor } from '../rng'
import { applyLastSeen, LastSeen } from '../last-seen'
import type { FollowUp } from '../../schemas'
import type { WorkspaceChunk } from '../types'
import { buildContacts } from './contacts'
import { buildEvents } from './events'
import { closeSurplus } from './follow-ups'
import { buildInteractions } from './interactions'
import { buildIntroductions } from './introductions'
import { buildOpportunities } from './opportunities'
import { buildOrganizations, pickKinds, settleFlags } from './organizations'
import { planLarge, type WorkspaceShape } from './plan'

export function* largeTables(seed: number, clock: Clock, shape: WorkspaceShape): Generator<WorkspaceChunk> {
  const { counts } = shape
  const kinds = pickKinds(rngFor(seed, 'kinds'), counts.organizations)
  const plan = planLarge(rngFor(seed, 'plan'), shape, (i) => kinds[i] === 'company')
  const orgs = buildOrganizations(rngFor(seed, 'organizations'), clock, kinds, plan.heavy)
  settleFlags(rngFor(seed, 'flags'), clock, orgs.records, shape.flagged)
  const contacts = buildContacts(rngFor(seed, 'contacts'), clock, orgs, plan.contacts, shape.unattached)
  const funderIds = orgs.records
    .filter((o) => o.kind === 'funder' || o.kind === 'public-body')
    .map((o) => o.id)
  const organizerIds = orgs.records.filter((o) => o.kind !== 'company').map((o) => o.id)

  const events = buildEvents(rngFor(seed, 'events'), clock, organizerIds, counts.events)
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
  const sources = { orgs, contacts, files, pastEvents: events.past, perOrg: plan.interactions, counts }
  for (const slice of buildInteractions(rngFor(seed, 'interactions'), clock, sources, out)) {
    yield { table: 'interactions', records: slice }
  }
  closeSurplus(rngFor(seed, 'open-follow-ups'), clock, out.followUps, shape.openFollowUps)
  yield { table: 'followUps', records: out.followUps }
  yield {
    table: 'introductions',
    records: buildIntroductions(
      rngFor(seed, 'introductions'),
      clock,
      contacts,
      events.past,
      counts.introductions
    )
  }

  applyLastSeen(orgs.records, out.seen)
  applyLastSeen(contacts.records, out.seen)
  yield { table: 'organizations', records: orgs.records }
  yield { table: 'contacts', records: contacts.records }
}
