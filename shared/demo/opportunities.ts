// Financing files and their stage history, shared by the demo and the large workspace. The file's
// stageEnteredAt, openedOn, closedAt and outcome are read off the history, so they always agree.
import type { Opportunity, Product, StageChange } from '../schemas'
import { DEFAULT_PIPELINE_STAGES } from '../domain/pipeline-stages'
import { officeMinute, type Clock } from './clock'
import type { Rng } from './rng'

const FLOW = [
  'lead',
  'first-meeting',
  'needs-analysis',
  'application',
  'credit-review',
  'approved',
  'disbursed'
]
const STEP_MS = 10 * 60_000

/** The stages a file went through to reach `target`, as an officer would have moved it. */
export function stagePath(rng: Rng, target: string): string[] {
  const start = rng.chance(0.25) ? 1 : 0
  if (target === 'lost' || target === 'on-hold') {
    const stopAt = target === 'lost' ? rng.int(1, 4) : rng.int(2, 3)
    return [...FLOW.slice(Math.min(start, stopAt), stopAt + 1), target]
  }
  const end = Math.max(FLOW.indexOf(target), 0)
  return FLOW.slice(Math.min(start, end), end + 1)
}

export interface OpportunitySpec {
  id: string
  organizationId: string
  title: string
  product: Product
  program: string
  /** Stage ids in the order visited; the last one is the current stage. */
  path: readonly string[]
  /** Days before today of the first and of the last stage change. */
  startDaysAgo: number
  endDaysAgo: number
  requestedCents: number | null
  authorizedCents: number | null
  disbursedCents: number | null
  projectCostCents: number | null
  jobsCreated: number | null
  jobsRetained: number | null
  primaryContactId: string | null
  funderIds: string[]
  lostReason?: string
  notes?: string
}

interface ChangeTime {
  ms: number
  daysAgo: number
}

/** Stage changes spread from startDaysAgo to endDaysAgo (at least 1: never later than now). */
function changeTimes(rng: Rng, clock: Clock, spec: OpportunitySpec): ChangeTime[] {
  const n = spec.path.length
  const times: ChangeTime[] = []
  for (let k = 0; k < n; k++) {
    const spread = n === 1 ? 0 : (k * (spec.startDaysAgo - spec.endDaysAgo)) / (n - 1)
    const daysAgo = clock.workday(Math.max(1, Math.round(spec.startDaysAgo - spread)))
    const ms = clock.atMs(daysAgo, officeMinute(rng.next()))
    const previous = times[k - 1]
    // Moving a weekend change back to Friday can cross the previous change: keep the history in order
    times.push(
      previous && ms <= previous.ms
        ? { ms: previous.ms + STEP_MS, daysAgo: previous.daysAgo }
        : { ms, daysAgo }
    )
  }
  return times
}

export function buildDemoOpportunity(
  rng: Rng,
  clock: Clock,
  spec: OpportunitySpec
): { opportunity: Opportunity; stageChanges: StageChange[] } {
  const times = changeTimes(rng, clock, spec)
  const stageChanges: StageChange[] = spec.path.map((toStageId, k) => ({
    id: rng.uuid(),
    opportunityId: spec.id,
    fromStageId: k === 0 ? null : spec.path[k - 1],
    toStageId,
    at: clock.iso(times[k].ms)
  }))
  const stageId = spec.path[spec.path.length - 1]
  const stage = DEFAULT_PIPELINE_STAGES.find((s) => s.id === stageId) ?? DEFAULT_PIPELINE_STAGES[0]
  const first = stageChanges[0].at
  const last = stageChanges[stageChanges.length - 1].at
  const closed = stage.kind === 'won' || stage.kind === 'lost'
  const lastDay = clock.date(-times[times.length - 1].daysAgo)
  const opportunity: Opportunity = {
    id: spec.id,
    organizationId: spec.organizationId,
    title: spec.title,
    product: spec.product,
    program: spec.program,
    requestedCents: spec.requestedCents,
    authorizedCents: spec.authorizedCents,
    disbursedCents: spec.disbursedCents,
    projectCostCents: spec.projectCostCents,
    jobsCreated: spec.jobsCreated,
    jobsRetained: spec.jobsRetained,
    stageId,
    probability: stage.probability,
    expectedCloseDate: closed ? lastDay : clock.date(rng.int(20, 200)),
    nextStepDate: stage.kind === 'open' ? clock.date(rng.int(-7, 21)) : null,
    outcome: stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : null,
    lostReason: stage.kind === 'lost' ? (spec.lostReason ?? '') : '',
    primaryContactId: spec.primaryContactId,
    funderIds: spec.funderIds,
    notes: spec.notes ?? '',
    createdAt: first,
    updatedAt: last,
    deletedAt: null,
    openedOn: clock.date(-times[0].daysAgo),
    stageEnteredAt: last,
    closedAt: closed ? last : null
  }
  return { opportunity, stageChanges }
}
