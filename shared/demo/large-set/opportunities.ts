// The large workspace's 3,000 financing files across every stage, stored contiguously by organization.
import type { Opportunity, Product, StageChange } from '../../schemas'
import type { Clock } from '../clock'
import { FILE_TITLES, LOST_REASONS, PROGRAMS } from '../data/phrases'
import { buildDemoOpportunity, stagePath } from '../opportunities'
import type { Rng } from '../rng'
import type { LargeContacts } from './contacts'
import type { LargeOrganizations } from './organizations'

const PRODUCTS: readonly (readonly [Product, number])[] = [
  ['term-loan', 35],
  ['working-capital', 15],
  ['venture-capital', 12],
  ['grant', 15],
  ['tax-credit', 10],
  ['advisory', 8],
  ['other', 5]
]
const TARGETS: readonly (readonly [string, number])[] = [
  ['lead', 12],
  ['first-meeting', 12],
  ['needs-analysis', 12],
  ['application', 12],
  ['credit-review', 8],
  ['approved', 8],
  ['disbursed', 20],
  ['lost', 12],
  ['on-hold', 4]
]
/** Requested amount range, in thousands of dollars. */
const AMOUNTS: Record<Product, readonly [number, number]> = {
  'term-loan': [100, 3_000],
  'working-capital': [50, 1_000],
  'venture-capital': [250, 5_000],
  grant: [25, 500],
  'tax-credit': [20, 400],
  advisory: [5, 50],
  other: [50, 500]
}

export interface LargeOpportunities {
  records: Opportunity[]
  stageChanges: StageChange[]
  /** Files of organization i are records[start[i]] to records[start[i + 1] - 1]. */
  start: Int32Array
  /** Days before today each file was opened. */
  openedDaysAgo: Int32Array
}

/** Round to $5,000 (in cents): officers talk in round amounts. */
const roundCents = (dollars: number) => Math.max(1, Math.round(dollars / 5_000)) * 5_000 * 100

function amounts(rng: Rng, product: Product, stageId: string) {
  const [low, high] = AMOUNTS[product]
  const requested = roundCents(rng.int(low, high) * 1_000)
  const authorized =
    stageId === 'approved' || stageId === 'disbursed'
      ? roundCents((requested / 100) * (0.7 + rng.next() * 0.3))
      : null
  const disbursed =
    stageId === 'disbursed' && authorized !== null
      ? rng.chance(0.3)
        ? roundCents(authorized / 200)
        : authorized
      : null
  return {
    requestedCents: requested,
    authorizedCents: authorized,
    disbursedCents: disbursed,
    projectCostCents: roundCents((requested / 100) * (1.2 + rng.next() * 2.8))
  }
}

export function buildOpportunities(
  rng: Rng,
  clock: Clock,
  orgs: LargeOrganizations,
  contacts: LargeContacts,
  perOrg: Int32Array,
  funderIds: string[]
): LargeOpportunities {
  const records: Opportunity[] = []
  const stageChanges: StageChange[] = []
  const start = new Int32Array(perOrg.length + 1)
  const openedDaysAgo: number[] = []
  for (let i = 0; i < perOrg.length; i++) {
    start[i] = records.length
    for (let j = 0; j < perOrg[i]; j++) {
      const product = rng.weighted(PRODUCTS)
      const path = stagePath(rng, rng.weighted(TARGETS))
      const startDaysAgo = rng.int(20, 1_000)
      const endDaysAgo = Math.max(1, startDaysAgo - path.length * rng.int(5, 40))
      const built = buildDemoOpportunity(rng, clock, {
        id: rng.uuid(),
        organizationId: orgs.records[i].id,
        title: rng.pick(FILE_TITLES[product]),
        product,
        program: rng.pick(PROGRAMS[product]),
        path,
        startDaysAgo,
        endDaysAgo,
        ...amounts(rng, product, path[path.length - 1]),
        jobsCreated: rng.chance(0.8) ? rng.int(0, 25) : null,
        jobsRetained: rng.chance(0.8) ? rng.int(0, 80) : null,
        primaryContactId:
          contacts.start[i + 1] > contacts.start[i] ? contacts.records[contacts.start[i]].id : null,
        funderIds: rng.sample(funderIds, rng.int(0, 2)),
        lostReason: rng.pick(LOST_REASONS)
      })
      records.push(built.opportunity)
      for (const change of built.stageChanges) stageChanges.push(change)
      openedDaysAgo.push(Math.floor((clock.nowMs - Date.parse(built.stageChanges[0].at)) / 86_400_000))
    }
  }
  start[perOrg.length] = records.length
  return { records, stageChanges, start, openedDaysAgo: Int32Array.from(openedDaysAgo) }
}
