// Relationships going cold: companies that matter (an open financing file, or a key account) with
// no interaction for more than N days. Days are counted in local calendar days.
import type { Opportunity, PipelineStage } from '../schemas/opportunity'
import type { Organization } from '../schemas/organization'
import { calendarDateOf, daysBetween, type CalendarDate } from './dates'

/** Ids of the stages where a file is still in play (not won, lost or on hold). */
export function openStageIds(stages: readonly PipelineStage[]): string[] {
  return stages.filter((s) => s.kind === 'open').map((s) => s.id)
}

export function isOpenFile(file: Opportunity, openStages: ReadonlySet<string>): boolean {
  return file.deletedAt === null && file.outcome === null && openStages.has(file.stageId)
}

/** Whole calendar days since the last interaction; null when there never was one. */
export function idleDays(
  lastInteractionAt: string | null,
  today: CalendarDate,
  timeZone?: string
): number | null {
  if (!lastInteractionAt) return null
  return Math.max(0, daysBetween(calendarDateOf(new Date(lastInteractionAt), timeZone), today))
}

/** Idle for more than `staleDays` days, or never contacted at all. */
export function isStale(
  lastInteractionAt: string | null,
  today: CalendarDate,
  staleDays: number,
  timeZone?: string
): boolean {
  const idle = idleDays(lastInteractionAt, today, timeZone)
  return idle === null || idle > staleDays
}

export interface StaleRelationship {
  organization: Organization
  /** null: never contacted. */
  idleDays: number | null
  openFiles: number
  keyAccount: boolean
}

/** Stale companies among key accounts and holders of open files, the longest idle first. */
export function staleRelationships(
  candidates: readonly Organization[],
  openFiles: readonly Opportunity[],
  today: CalendarDate,
  staleDays: number,
  timeZone?: string
): StaleRelationship[] {
  const filesByOrganization = new Map<string, number>()
  for (const file of openFiles)
    filesByOrganization.set(file.organizationId, (filesByOrganization.get(file.organizationId) ?? 0) + 1)
  return candidates
    .filter((o) => o.deletedAt === null && isStale(o.lastInteractionAt, today, staleDays, timeZone))
    .map((organization) => ({
      organization,
      idleDays: idleDays(organization.lastInteractionAt, today, timeZone),
      openFiles: filesByOrganization.get(organization.id) ?? 0,
      keyAccount: organization.tier === 'key-account'
    }))
    .sort(
      (a, b) =>
        (b.idleDays ?? Infinity) - (a.idleDays ?? Infinity) ||
        a.organization.name.localeCompare(b.organization.name)
    )
}
