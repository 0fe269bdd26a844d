// How a generated history is shaped before any record exists: exact table sizes, and how
// interactions, people and files are spread over organizations. A few companies get hundreds of
// interactions, most get a handful, some none: the long tail an officer's real history has. Two
// shapes: the benchmark's large office and the mid workspace (three years of one officer).
import { allocate, type Rng } from '../rng'

export interface WorkspaceShape {
  counts: {
    organizations: number
    contacts: number
    opportunities: number
    interactions: number
    followUps: number
    events: number
    introductions: number
  }
  /** Interactions of the busiest companies: screens must stay fast on their long timelines. */
  heavy: readonly number[]
  /** People with no organization (independent consultants, retirees). */
  unattached: number
  /** Companies flagged at risk (yellow or red). */
  flagged: number
  /** Follow-ups still open at most (the surplus, overdue ones, were done): what Today lists. */
  openFollowUps: number
}

export const LARGE_SHAPE: WorkspaceShape = {
  counts: {
    organizations: 5_000,
    contacts: 20_000,
    opportunities: 3_000,
    interactions: 100_000,
    followUps: 10_000,
    events: 300,
    introductions: 2_000
  },
  heavy: [420, 380, 350, 330, 310, 300, 280, 260, 240, 220],
  unattached: 150,
  flagged: 280,
  openFollowUps: 500
}

/** Three tenths of the large office: where most officers live. */
export const MID_SHAPE: WorkspaceShape = {
  counts: {
    organizations: 1_500,
    contacts: 6_000,
    opportunities: 900,
    interactions: 30_000,
    followUps: 3_000,
    events: 90,
    introductions: 600
  },
  heavy: [130, 115, 105, 100, 95, 90, 85, 80, 75, 65],
  unattached: 45,
  flagged: 84,
  openFollowUps: 150
}

export const LARGE_COUNTS = LARGE_SHAPE.counts

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

export function planLarge(rng: Rng, shape: WorkspaceShape, isCompany: (index: number) => boolean): LargePlan {
  const { counts } = shape
  const n = counts.organizations
  const activity = new Float64Array(n)
  for (let i = 0; i < n; i++) activity[i] = activityOf(rng)
  const companies = Array.from({ length: n }, (_, i) => i).filter(isCompany)
  const heavy = rng.sample(companies, shape.heavy.length)
  for (const index of heavy) activity[index] = 0

  const heavyTotal = shape.heavy.reduce((sum, count) => sum + count, 0)
  const interactions = allocate(counts.interactions - heavyTotal, activity)
  heavy.forEach((index, rank) => (interactions[index] = shape.heavy[rank]))

  const peopleWeight = new Float64Array(n)
  for (let i = 0; i < n; i++) peopleWeight[i] = Math.sqrt(interactions[i]) + 0.5
  const contacts = allocate(counts.contacts - shape.unattached - n, peopleWeight)
  for (let i = 0; i < n; i++) contacts[i] += 1

  const fileWeight = new Float64Array(n)
  for (let i = 0; i < n; i++)
    fileWeight[i] = isCompany(i) && rng.chance(0.55) ? Math.pow(interactions[i] + 1, 0.6) : 0
  const opportunities = allocate(counts.opportunities, fileWeight)
  return { interactions, contacts, opportunities, heavy }
}
