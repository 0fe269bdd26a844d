// Stay-in-touch cadence: each tier has a number of days between contacts. A company past its
// cadence shows on Today beside the due follow-ups.
import type { Organization, Tier } from '../schemas/organization'

export type CadenceDays = Record<Tier, number>

export const DEFAULT_CADENCE_DAYS: CadenceDays = { 'key-account': 30, active: 90, watch: 180 }

const DAY_MS = 86_400_000

export interface CadenceStatus {
  organization: Organization
  cadenceDays: number
  /** Days since the last interaction; null when never met (then the company is due now). */
  daysSince: number | null
  /** How many days past the cadence (0 = due today). */
  overdueDays: number
}

/** Companies with a tier whose last contact is older than their tier's cadence, most overdue first. */
export function companiesPastCadence(
  organizations: Organization[],
  cadence: CadenceDays,
  now: Date
): CadenceStatus[] {
  const out: CadenceStatus[] = []
  for (const organization of organizations) {
    if (!organization.tier || organization.deletedAt !== null) continue
    const cadenceDays = cadence[organization.tier]
    const daysSince = organization.lastInteractionAt
      ? Math.floor((now.getTime() - Date.parse(organization.lastInteractionAt)) / DAY_MS)
      : null
    const overdueDays = daysSince === null ? 0 : daysSince - cadenceDays
    if (daysSince === null || overdueDays > 0) out.push({ organization, cadenceDays, daysSince, overdueDays })
  }
  return out.sort(
    (a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || b.overdueDays - a.overdueDays
  )
}
