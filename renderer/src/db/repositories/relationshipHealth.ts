// Relationship health: a company's or contact's health, companies flagged at risk and the flag
// itself. Through indexes (organizationIds, contactIds, [status+dueDate]) except the risk flags:
// scanning 5,000 companies takes a few milliseconds.
import { relationshipHealth, type Health } from '@shared/domain/health'
import {
  parseOrThrow,
  riskFlagInputSchema,
  type FollowUp,
  type Organization,
  type RiskFlag
} from '@shared/schemas'
import { db } from '../schema'
import { getOrThrow, isLive, nowIso, liveRows } from './records'
import { listOpenFollowUps } from './followUps'
import { listInteractionsOf } from './interactions'

export async function healthOf(
  kind: 'organization' | 'contact',
  id: string,
  now = new Date()
): Promise<Health> {
  const interactions = await listInteractionsOf(
    kind === 'organization' ? 'organizationIds' : 'contactIds',
    id
  )
  return relationshipHealth(interactions, now)
}

export interface FlaggedOrganization {
  organization: Organization
  openFollowUps: FollowUp[]
}

/** Companies with a yellow or red flag, red first, then the oldest flag first. */
export async function listFlaggedOrganizations(): Promise<FlaggedOrganization[]> {
  const [organizations, openFollowUps] = await Promise.all([
    liveRows(db().organizations),
    listOpenFollowUps()
  ])
  return flaggedAmong(organizations, openFollowUps)
}

/** The flagged companies among `organizations`, each with its open follow-ups (soonest first). */
export function flaggedAmong(
  organizations: readonly Organization[],
  openFollowUps: readonly FollowUp[]
): FlaggedOrganization[] {
  const flagged = organizations.filter((o) => isLive(o) && o.riskFlag.level !== 'none')
  const byOrganization = new Map<string, FollowUp[]>(flagged.map((o) => [o.id, []]))
  for (const f of openFollowUps)
    if (f.organizationId && isLive(f) && f.status === 'open') byOrganization.get(f.organizationId)?.push(f)
  const rank = (o: Organization) => (o.riskFlag.level === 'red' ? 0 : 1)
  return flagged
    .sort((a, b) => rank(a) - rank(b) || (a.riskFlag.since ?? '').localeCompare(b.riskFlag.since ?? ''))
    .map((organization) => ({
      organization,
      openFollowUps: byOrganization.get(organization.id)!.sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    }))
}

/** Raise, change or clear a company's risk flag (reason required for a flag). */
export async function setRiskFlag(organizationId: string, flag: RiskFlag): Promise<void> {
  const valid = parseOrThrow(riskFlagInputSchema, flag)
  const riskFlag: RiskFlag = valid.level === 'none' ? { level: 'none', reason: '', since: null } : valid
  await db().transaction('rw', db().organizations, async () => {
    const organization = await getOrThrow(db().organizations, organizationId)
    await db().organizations.put({ ...organization, riskFlag, updatedAt: nowIso() })
  })
}
