import type { Opportunity } from '../schemas/opportunity'
import type { Organization } from '../schemas/organization'
import {
  type Amounts,
  type DayOf,
  type ImpactFilter,
  type ImpactInput,
  type ImpactReport,
  type Period,
  type SectorCoverage,
  inScope
} from './impact'
import { fruitfulWithin } from './introductions'

const utcDay: DayOf = (iso) => iso.slice(0, 10)
const inPeriod = (day: string | null, period: Period) =>
  day !== null && day >= period.from && day <= period.to
const emptyAmounts = (): Amounts => ({ files: 0, requestedCents: 0, authorizedCents: 0, disbursedCents: 0 })

function addAmounts(target: Amounts, file: Opportunity): void {
  target.files++
  target.requestedCents += file.requestedCents ?? 0
  target.authorizedCents += file.authorizedCents ?? 0
  target.disbursedCents += file.disbursedCents ?? 0
}

function increment<K extends string>(record: Partial<Record<K, number>>, key: K): void {
  record[key] = (record[key] ?? 0) + 1
}

function coverage(scoped: Organization[], met: Set<string>): ImpactReport['coverage'] {
  const sectors = new Map<string, SectorCoverage>()
  for (const o of scoped) {
    const key = o.industryCode || ''
    const sector = sectors.get(key) ?? { industryCode: key, industryLabel: o.industryLabel, total: 0, met: 0 }
    sector.total++
    if (met.has(o.id)) sector.met++
    sectors.set(key, sector)
  }
  const bySector = [...sectors.values()].sort(
    (a, b) => b.total - a.total || a.industryCode.localeCompare(b.industryCode)
  )
  return { total: scoped.length, met: met.size, bySector }
}

function financing(files: Opportunity[]) {
  const total = emptyAmounts()
  const byProduct = new Map<string, Amounts>()
  const byPartner = new Map<string, Amounts>()
  let projectCostCents = 0
  let leveragedAuthorizedCents = 0
  const jobs = { created: 0, retained: 0 }
  for (const file of files) {
    addAmounts(total, file)
    addAmounts(
      byProduct.get(file.product) ?? byProduct.set(file.product, emptyAmounts()).get(file.product)!,
      file
    )
    for (const partnerId of new Set(file.funderIds))
      addAmounts(byPartner.get(partnerId) ?? byPartner.set(partnerId, emptyAmounts()).get(partnerId)!, file)
    if (file.projectCostCents && file.authorizedCents) {
      projectCostCents += file.projectCostCents
      leveragedAuthorizedCents += file.authorizedCents
    }
    if (file.authorizedCents) {
      jobs.created += file.jobsCreated ?? 0
      jobs.retained += file.jobsRetained ?? 0
    }
  }
  return {
    financing: {
      total,
      byProduct: [...byProduct].map(([product, a]) => ({ product: product as Opportunity['product'], ...a })),
      byPartner: [...byPartner]
        .map(([partnerId, a]) => ({ partnerId, ...a }))
        .sort((a, b) => b.authorizedCents - a.authorizedCents)
    },
    leverage: {
      projectCostCents,
      authorizedCents: leveragedAuthorizedCents,
      ratio: leveragedAuthorizedCents > 0 ? projectCostCents / leveragedAuthorizedCents : null
    },
    jobs
  }
}

export function computeImpact(
  input: ImpactInput,
  period: Period,
  filter: ImpactFilter,
  dayOf: DayOf = utcDay
): ImpactReport {
  const scoped = input.organizations.filter((o) => inScope(o, filter))
  const scopeIds = new Set(scoped.map((o) => o.id))
  const met = new Set<string>()
  const interactionsByKind: ImpactReport['interactionsByKind'] = {}
  for (const interaction of input.interactions) {
    if (interaction.deletedAt !== null || !inPeriod(dayOf(interaction.occurredAt), period)) continue
    const touched = interaction.organizationIds.filter((id) => scopeIds.has(id))
    if (touched.length === 0) continue
    for (const id of touched) met.add(id)
    increment(interactionsByKind, interaction.kind)
  }
  const orgOfContact = new Map(input.contacts.map((c) => [c.id, c.organizationId]))
  const introductions: ImpactReport['introductions'] = { made: 0, withOutcome: 0, byOutcome: {} }
  for (const intro of input.introductions) {
    if (intro.deletedAt !== null) continue
    const orgs = [orgOfContact.get(intro.personAId), orgOfContact.get(intro.personBId)]
    if (!orgs.some((id) => id && scopeIds.has(id))) continue
    // A result counts in the period it was reached in, as on the Introductions screen
    if (fruitfulWithin(intro, period.from, period.to, dayOf)) introductions.withOutcome++
    if (intro.status === 'proposed' || !inPeriod(intro.madeAt, period)) continue
    introductions.made++
    if (intro.status === 'outcome' && intro.outcome) increment(introductions.byOutcome, intro.outcome)
  }
  const changedInPeriod = new Set(
    input.stageChanges.filter((c) => inPeriod(dayOf(c.at), period)).map((c) => c.opportunityId)
  )
  const files = input.opportunities.filter(
    (f) =>
      f.deletedAt === null &&
      scopeIds.has(f.organizationId) &&
      (inPeriod(f.openedOn, period) || changedInPeriod.has(f.id))
  )
  return { coverage: coverage(scoped, met), interactionsByKind, introductions, ...financing(files) }
}
