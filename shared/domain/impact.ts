// Impact of an officer's work over a period, from what they log: coverage of the ecosystem,
// interactions, introductions, financing requested / authorised / disbursed, investment leveraged
// and jobs. Definitions (documented for funders):
//   - scope: organizations of kind "company" matching the region / MRC / sector filters;
//   - covered: a company in scope with at least one interaction in the period;
//   - introductions made in the period, by outcome; those that led to a result (an outcome other
//     than "no follow-up"), counted in the period the result was reached in;
//   - a financing file counts for the period when it was opened in it or changed stage in it;
//     amounts are the file's requested, authorised and disbursed amounts; a file co-financed by
//     several partners counts once for each partner;
//   - leverage: total project cost / total authorised, over counted files that have both;
//   - jobs: created and retained, over counted files with an authorised amount (supported projects).
import type { Contact } from '../schemas/contact'
import type { Introduction, IntroductionOutcome } from '../schemas/introduction'
import type { Interaction, InteractionKind } from '../schemas/interaction'
import type { Product, Opportunity } from '../schemas/opportunity'
import type { StageChange } from '../schemas/stage-change'
import type { Organization } from '../schemas/organization'

export interface ImpactFilter {
  regions: string[]
  mrcs: string[]
  industryCodes: string[]
}

export interface ImpactInput {
  organizations: Organization[]
  contacts: Pick<Contact, 'id' | 'organizationId'>[]
  interactions: Pick<Interaction, 'kind' | 'occurredAt' | 'organizationIds' | 'deletedAt'>[]
  introductions: Pick<
    Introduction,
    'personAId' | 'personBId' | 'madeAt' | 'status' | 'outcome' | 'outcomeAt' | 'updatedAt' | 'deletedAt'
  >[]
  opportunities: Opportunity[]
  stageChanges: Pick<StageChange, 'opportunityId' | 'at'>[]
}

export interface Period {
  from: string
  to: string
}

export interface Amounts {
  files: number
  requestedCents: number
  authorizedCents: number
  disbursedCents: number
}

export interface SectorCoverage {
  industryCode: string
  industryLabel: string
  total: number
  met: number
}

export interface ImpactReport {
  coverage: { total: number; met: number; bySector: SectorCoverage[] }
  interactionsByKind: Partial<Record<InteractionKind, number>>
  introductions: {
    made: number
    /** Led to a result (an outcome other than "no follow-up") reached in the period. */
    withOutcome: number
    byOutcome: Partial<Record<IntroductionOutcome, number>>
  }
  financing: {
    total: Amounts
    byProduct: (Amounts & { product: Product })[]
    byPartner: (Amounts & { partnerId: string })[]
  }
  leverage: { projectCostCents: number; authorizedCents: number; ratio: number | null }
  jobs: { created: number; retained: number }
}

/** The local calendar day of a timestamp; UTC by default, the renderer passes the user's zone. */
export type DayOf = (iso: string) => string

export function inScope(organization: Organization, filter: ImpactFilter): boolean {
  return (
    organization.kind === 'company' &&
    organization.deletedAt === null &&
    (filter.regions.length === 0 ||
      (organization.region !== null && filter.regions.includes(organization.region))) &&
    (filter.mrcs.length === 0 || filter.mrcs.includes(organization.mrc)) &&
    (filter.industryCodes.length === 0 ||
      filter.industryCodes.some((code) => organization.industryCode.startsWith(code)))
  )
}
