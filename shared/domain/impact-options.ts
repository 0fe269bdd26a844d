// What the Impact screen's filters offer: the regions, MRCs and sectors (SCIAN codes) of the
// companies in Relais; MRCs narrow to the chosen regions, sectors to the chosen regions and MRCs.
import type { Organization } from '../schemas/organization'
import type { ImpactFilter } from './impact'
import { compareText } from './text'

export interface ImpactFilterOptions {
  regions: string[]
  mrcs: string[]
  /** Code → the label stored with the first company that has it. */
  sectors: { code: string; label: string }[]
}

const within = (chosen: string[], value: string | null) =>
  chosen.length === 0 || (value !== null && chosen.includes(value))

export function impactFilterOptions(
  organizations: readonly Organization[],
  filter: ImpactFilter
): ImpactFilterOptions {
  const regions = new Set<string>()
  const mrcs = new Set<string>()
  const sectors = new Map<string, string>()
  for (const o of organizations) {
    if (o.kind !== 'company' || o.deletedAt !== null) continue
    if (o.region) regions.add(o.region)
    if (!within(filter.regions, o.region)) continue
    if (o.mrc) mrcs.add(o.mrc)
    if (within(filter.mrcs, o.mrc) && o.industryCode && !sectors.has(o.industryCode))
      sectors.set(o.industryCode, o.industryLabel)
  }
  return {
    regions: [...regions].sort(),
    mrcs: [...mrcs].sort(compareText),
    sectors: [...sectors]
      .map(([code, label]) => ({ code, label }))
      .sort((a, b) => a.code.localeCompare(b.code))
  }
}
