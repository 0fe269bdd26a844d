// Relationships going cold: companies that matter (a tier with a stay-in-touch cadence, or an open
// financing file) with no interaction for too long. Days are counted in local calendar days.
import type { Opportunity, PipelineStage } from '../schemas/opportunity'
import type { Organization } from '../schemas/organization'
import type { CadenceDays } from './cadence'
import { calendarDaysSince, type CalendarDate } from './dates'

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
  return Math.max(0, calendarDaysSince(lastInteractionAt, today, timeZone))
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
  /** The tier's stay-in-touch cadence when the company is past it; null otherwise. */
  pastCadenceDays: number | null
}

export interface StaleRules {
  /** Days without contact after which a holder of an open file is stale. */
  staleDays: number
  /** Stay-in-touch cadence per tier. */
  cadence: CadenceDays
  timeZone?: string
}

/**
 * Relationships to revive: tiered companies past their tier's cadence, and holders of open files
 * idle for more than `staleDays`. Longest idle (never contacted) first.
 */
export function staleRelationships(
  candidates: readonly Organization[],
  openFiles: readonly Opportunity[],
  today: CalendarDate,
  { staleDays, cadence, timeZone }: StaleRules
): StaleRelationship[] {
  const filesByOrganization = new Map<string, number>()
  for (const file of openFiles)
    filesByOrganization.set(file.organizationId, (filesByOrganization.get(file.organizationId) ?? 0) + 1)
  const out: StaleRelationship[] = []
  for (const organization of candidates) {
    if (organization.deletedAt !== null) continue
    const files = filesByOrganization.get(organization.id) ?? 0
    const tierCadence = organization.tier ? cadence[organization.tier] : null
    // Neither tiered nor holding a file: never stale, and no date to parse (Today passes thousands)
    if (tierCadence === null && files === 0) continue
    // One date parse per company: the same idle days answer both rules
    const idle = idleDays(organization.lastInteractionAt, today, timeZone)
    const pastCadence = tierCadence !== null && (idle === null || idle > tierCadence)
    if (!pastCadence && !(files > 0 && (idle === null || idle > staleDays))) continue
    out.push({
      organization,
      idleDays: idle,
      openFiles: files,
      pastCadenceDays: pastCadence ? tierCadence : null
    })
  }
  return out.sort(
    (a, b) =>
      (b.idleDays ?? Infinity) - (a.idleDays ?? Infinity) ||
      a.organization.name.localeCompare(b.organization.name)
  )
}
