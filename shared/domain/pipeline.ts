// Pipeline arithmetic, pure: the amount a file counts for at its stage, column totals, days in
// stage, average days per stage and stage-to-stage conversion from the stage history, and files
// won or lost by month. The board, the table, the charts and the pipeline report all use these.
import type { Opportunity, PipelineStage } from '../schemas/opportunity'
import type { StageChange } from '../schemas/stage-change'
import { calendarDateOf, daysBetween, type CalendarDate } from './dates'
import { amountBasisOf, flowStages } from './pipeline-stages'

const DAY_MS = 86_400_000

type Amounts = Pick<Opportunity, 'requestedCents' | 'authorizedCents'>

/**
 * The amount of the file's stage (DESIGN.md): the requested amount before approval, the authorised
 * one after. Falls back to the other amount when the stage's own is not filled in yet.
 */
export function stageAmountCents(file: Amounts, stage: PipelineStage | undefined): number {
  if (stage && amountBasisOf(stage) === 'authorized') return file.authorizedCents ?? file.requestedCents ?? 0
  return file.requestedCents ?? file.authorizedCents ?? 0
}

/** Amount × probability (0–100), in whole cents. */
export function weightedCents(amountCents: number, probability: number): number {
  return Math.round((amountCents * probability) / 100)
}

export interface Totals {
  count: number
  totalCents: number
  /** Sum of each file's amount × its own probability, each rounded to the cent. */
  weightedCents: number
}

/** Count, total and probability-weighted total of files, each counted at its own stage's amount. */
export function totalsOf(
  files: readonly Pick<Opportunity, 'requestedCents' | 'authorizedCents' | 'probability' | 'stageId'>[],
  stages: ReadonlyMap<string, PipelineStage>
): Totals {
  let totalCents = 0
  let weighted = 0
  for (const file of files) {
    const amount = stageAmountCents(file, stages.get(file.stageId))
    totalCents += amount
    weighted += weightedCents(amount, file.probability)
  }
  return { count: files.length, totalCents, weightedCents: weighted }
}

export function stageMap(stages: readonly PipelineStage[]): Map<string, PipelineStage> {
  return new Map(stages.map((s) => [s.id, s]))
}

export interface StageGroups<T> {
  /** Files per stage id, every stage present (empty arrays included), in the stages' order. */
  byStage: Map<string, T[]>
  /** Files whose stage is not in the list (a stage list restored from elsewhere): never hidden. */
  unknown: T[]
}

export function groupByStage<T extends Pick<Opportunity, 'stageId'>>(
  files: readonly T[],
  stages: readonly PipelineStage[]
): StageGroups<T> {
  const byStage = new Map<string, T[]>(stages.map((s) => [s.id, []]))
  const unknown: T[] = []
  for (const file of files) (byStage.get(file.stageId) ?? unknown).push(file)
  return { byStage, unknown }
}

/** Whole calendar days since the file entered its stage, in a time zone (default: the system's). */
export function daysInStage(
  file: Pick<Opportunity, 'stageEnteredAt'>,
  today: CalendarDate,
  timeZone?: string
): number {
  return Math.max(0, daysBetween(calendarDateOf(new Date(file.stageEnteredAt), timeZone), today))
}

/** Each file's changes, oldest first (ties keep their order). */
export function historiesOf(changes: readonly StageChange[]): Map<string, StageChange[]> {
  const out = new Map<string, StageChange[]>()
  for (const change of changes) {
    const list = out.get(change.opportunityId)
    if (list) list.push(change)
    else out.set(change.opportunityId, [change])
  }
  for (const list of out.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return out
}

export interface StageDuration {
  stageId: string
  /** Mean length of the completed stays in this stage, in days (fractional). */
  averageDays: number
  /** How many completed stays the mean is over. */
  stays: number
}

/**
 * Average time spent in each stage, from completed stays only: a stay runs from the change into
 * the stage to the next change of the same file. A file still sitting in a stage has not finished
 * its stay and would pull the mean down, so it does not count. Stages without a completed stay are
 * left out.
 */
export function averageDaysPerStage(
  changes: readonly StageChange[],
  stages: readonly PipelineStage[]
): StageDuration[] {
  const sums = new Map<string, { ms: number; stays: number }>()
  for (const history of historiesOf(changes).values()) {
    for (let k = 0; k + 1 < history.length; k++) {
      const ms = Date.parse(history[k + 1].at) - Date.parse(history[k].at)
      const sum = sums.get(history[k].toStageId) ?? { ms: 0, stays: 0 }
      sums.set(history[k].toStageId, { ms: sum.ms + ms, stays: sum.stays + 1 })
    }
  }
  return stages.flatMap((stage) => {
    const sum = sums.get(stage.id)
    return sum ? [{ stageId: stage.id, averageDays: sum.ms / sum.stays / DAY_MS, stays: sum.stays }] : []
  })
}

export interface Conversion {
  fromStageId: string
  toStageId: string
  /** Files that reached the "from" stage or went further along the flow. */
  reached: number
  /** Of those, files that reached the "to" stage or went further. */
  advanced: number
  /** advanced / reached, 0–1; null when no file reached the "from" stage. */
  rate: number | null
}

/**
 * Stage-to-stage conversion along the flow (open and won stages in order), as a funnel: a file
 * counts as having reached every flow stage up to the furthest one it ever entered, so a file opened
 * straight at "First meeting" passed "Lead", and a file moved back keeps the ground it had covered.
 * Lost and on-hold stages are not steps of the flow.
 */
export function stageConversion(
  changes: readonly StageChange[],
  stages: readonly PipelineStage[]
): Conversion[] {
  const flow = flowStages([...stages])
  const position = new Map(flow.map((s, i) => [s.id, i]))
  const reachedAt = new Array<number>(flow.length).fill(0)
  for (const history of historiesOf(changes).values()) {
    const furthest = Math.max(-1, ...history.map((c) => position.get(c.toStageId) ?? -1))
    for (let i = 0; i <= furthest; i++) reachedAt[i]++
  }
  return flow.slice(0, -1).map((stage, i) => ({
    fromStageId: stage.id,
    toStageId: flow[i + 1].id,
    reached: reachedAt[i],
    advanced: reachedAt[i + 1],
    rate: reachedAt[i] === 0 ? null : reachedAt[i + 1] / reachedAt[i]
  }))
}

/** The `count` months up to and including today's, oldest first: "2025-12", "2026-01"… */
export function lastMonths(today: CalendarDate, count = 12): string[] {
  const [year, month] = today.split('-').map(Number)
  const index = year * 12 + (month - 1)
  return Array.from({ length: count }, (_, k) => {
    const m = index - (count - 1) + k
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
  })
}

export interface MonthOutcomes {
  month: string
  won: number
  lost: number
  wonCents: number
  lostCents: number
}

/**
 * Files won and lost per month over the last `count` months, by the local date they were closed.
 * A withdrawn file counts as lost. Amounts: authorised for a win, requested for a loss.
 */
export function outcomesByMonth(
  files: readonly Pick<
    Opportunity,
    'outcome' | 'closedAt' | 'stageEnteredAt' | 'requestedCents' | 'authorizedCents'
  >[],
  today: CalendarDate,
  options: { count?: number; timeZone?: string } = {}
): MonthOutcomes[] {
  const months = lastMonths(today, options.count ?? 12)
  const rows = new Map(months.map((month) => [month, { month, won: 0, lost: 0, wonCents: 0, lostCents: 0 }]))
  for (const file of files) {
    if (!file.outcome) continue
    const closed = calendarDateOf(new Date(file.closedAt ?? file.stageEnteredAt), options.timeZone)
    const row = rows.get(closed.slice(0, 7))
    if (!row) continue
    if (file.outcome === 'won') {
      row.won++
      row.wonCents += file.authorizedCents ?? file.requestedCents ?? 0
    } else {
      row.lost++
      row.lostCents += file.requestedCents ?? file.authorizedCents ?? 0
    }
  }
  return [...rows.values()]
}
