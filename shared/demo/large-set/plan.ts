// How the large (benchmark) workspace is shaped before any record exists: exact table sizes, and how
// interactions, people and files are spread over organizations. A few companies get hundreds of
// interactions, most get a handful, some none: the long tail an officer's real history has.
import { allocate, type Rng } from '../rng'

export const LARGE_COUNTS = {
  organizations: 5_000,
  contacts: 20_000,
  opportunities: 3_000,
  interactions: 100_000,
  followUps: 10_000,
  events: 300,
  introductions: 2_000
} as const

/** Interactions of the ten busiest companies: screens must stay fast on a 420-entry timeline. */
export const HEAVY_INTERACTIONS = [420, 380, 350, 330, 310, 300, 280, 260, 240, 220] as const

/** People with no organization (independent consultants, retirees). */
export const UNATTACHED_CONTACTS = 150

/** Interactions go back three years. */
export const HISTORY_DAYS = 1_095

export interface LargePlan {
  /** Per organization: interactions, contacts and financing files. */
  interactions: Int32Array
  contacts: Int32Array
  opportunities: Int32Array
  /** Organizations (indexes) that get a heavy history. */
  heavy: number[]
}

/** A heavy-tailed activity level; about one organization in twelve is never contacted. */
function activityOf(rng: Rng): number {
  if (rng.chance(0.08)) return 0
  return Math.pow(1 / (rng.next() * 0.98 + 0.02), 0.75)
}

export function planLarge(rng: Rng, isCompany: (index: number) => boolean): LargePlan {
  const n = LARGE_COUNTS.organizations
  const activity = new Float64Array(n)
  for (let i = 0; i < n; i++) activity[i] = activityOf(rng)
  const companies = Array.from({ length: n }, (_, i) => i).filter(isCompany)
  const heavy = rng.sample(companies, HEAVY_INTERACTIONS.length)
  for (const index of heavy) activity[index] = 0

  const heavyTotal = HEAVY_INTERACTIONS.reduce((sum, count) => sum + count, 0)
  const interactions = allocate(LARGE_COUNTS.interactions - heavyTotal, activity)
  heavy.forEach((index, rank) => (interactions[index] = HEAVY_INTERACTIONS[rank]))

  const peopleWeight = new Float64Array(n)
  for (let i = 0; i < n; i++) peopleWeight[i] = Math.sqrt(interactions[i]) + 0.5
  const contacts = allocate(LARGE_COUNTS.contacts - UNATTACHED_CONTACTS - n, peopleWeight)
  for (let i = 0; i < n; i++) contacts[i] += 1

  const fileWeight = new Float64Array(n)
  for (let i = 0; i < n; i++)
    fileWeight[i] = isCompany(i) && rng.chance(0.55) ? Math.pow(interactions[i] + 1, 0.6) : 0
  const opportunities = allocate(LARGE_COUNTS.opportunities, fileWeight)
  return { interactions, contacts, opportunities, heavy }
}
