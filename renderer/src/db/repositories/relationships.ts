// Reads for the Today screen and the quick log's pickers: open files, relationships to revive
// (past their tier's cadence or idle with an open file), recent events. Each goes through an index
// (tier, stageId, startsAt), except Today's side cards: one read of every company serves both.
import { calendarDateOf } from '@shared/domain/dates'
import {
  isOpenFile,
  openStageIds,
  staleRelationships,
  type StaleRelationship
} from '@shared/domain/staleness'
import { TIERS, type Opportunity, type RelaisEvent } from '@shared/schemas'
import { db } from '../schema'
import { listOpenFollowUps } from './followUps'
import { isLive, liveRowsInPages, whereAnyOf } from './records'
import { flaggedAmong, type FlaggedOrganization } from './relationshipHealth'
import { getSetting } from './settings'

export async function listOpenOpportunities(): Promise<Opportunity[]> {
  const stages = new Set(openStageIds(await getSetting('pipelineStages')))
  const files = await whereAnyOf(db().opportunities, 'stageId', [...stages])
  return files.filter((f) => isOpenFile(f, stages))
}

export interface RelationshipsToReach {
  flagged: FlaggedOrganization[]
  stale: StaleRelationship[]
}

/** Companies read per request: small enough that a screen opened meanwhile waits for one page only. */
const ORGANIZATIONS_PAGE = 1000

/**
 * Today's two side cards from one set of reads: every company once (the flags are not indexed),
 * the open files and the open follow-ups (the range Today's own list reads). Read separately they
 * cost about 1,900 requests on a large workspace, which delayed whatever screen was opened next.
 * The companies come a page at a time, and an aborted `signal` (the person left Today) stops the
 * reads at the next step.
 */
export async function listRelationshipsToReach(
  now = new Date(),
  signal?: AbortSignal
): Promise<RelationshipsToReach> {
  // the companies first, a page at a time: leaving Today during them leaves nothing else in flight
  const organizations = await liveRowsInPages(db().organizations, ORGANIZATIONS_PAGE, signal)
  signal?.throwIfAborted()
  const [staleDays, cadence, files, openFollowUps] = await Promise.all([
    getSetting('staleDays'),
    getSetting('cadenceDays'),
    listOpenOpportunities(),
    listOpenFollowUps()
  ])
  return {
    flagged: flaggedAmong(organizations, openFollowUps),
    stale: staleRelationships(organizations, files, calendarDateOf(now), { staleDays, cadence })
  }
}

export async function listStaleRelationships(now = new Date()): Promise<StaleRelationship[]> {
  const [staleDays, cadence, files, tiered] = await Promise.all([
    getSetting('staleDays'),
    getSetting('cadenceDays'),
    listOpenOpportunities(),
    whereAnyOf(db().organizations, 'tier', TIERS)
  ])
  const withFiles = await db().organizations.bulkGet([...new Set(files.map((f) => f.organizationId))])
  const candidates = new Map([...tiered, ...withFiles].filter(isLive).map((o) => [o.id, o]))
  return staleRelationships([...candidates.values()], files, calendarDateOf(now), { staleDays, cadence })
}

/** Files still in play of some organizations, for the quick log's picker, plus one already chosen. */
export async function listOpenOpportunitiesOf(
  organizationIds: string[],
  chosenId: string | null = null
): Promise<Opportunity[]> {
  const stages = new Set(openStageIds(await getSetting('pipelineStages')))
  const files = (await whereAnyOf(db().opportunities, 'organizationId', organizationIds)).filter((f) =>
    isOpenFile(f, stages)
  )
  if (!chosenId || files.some((f) => f.id === chosenId)) return files
  const chosen = await db().opportunities.get(chosenId)
  return isLive(chosen) ? [chosen, ...files] : files
}

/** The latest events (newest first), for the quick log's picker. */
export async function listRecentEvents(limit = 50): Promise<RelaisEvent[]> {
  const events = await db()
    .events.orderBy('startsAt')
    .reverse()
    .limit(limit * 2)
    .toArray()
  return events.filter(isLive).slice(0, limit)
}
