// Filtering, sorting and totals of the pipeline table, pure. The state is plain data (like
// OrganizationListState) so that saved views can store it as is.
import type { Opportunity, PipelineStage } from '../schemas/opportunity'
import type { SortDirection } from './list-filters'
import { queryMatcher } from './list-filters'
import { stageAmountCents, weightedCents, type Totals } from './pipeline'
import { compareText } from './text'

export interface PipelineListState {
  query: string
  stageIds: string[]
  products: string[]
  regions: string[]
  /** Co-financing partners: a file matches when any of these is among its partners. */
  partnerIds: string[]
  /** Expected close date range, YYYY-MM-DD, both ends included. */
  closeFrom: string | null
  closeTo: string | null
  /** Stage amount range, in cents, both ends included. */
  minCents: number | null
  maxCents: number | null
  sort: { key: PipelineSortKey; direction: SortDirection }
}

export type PipelineSortKey =
  | 'company'
  | 'title'
  | 'product'
  | 'stage'
  | 'amount'
  | 'probability'
  | 'weighted'
  | 'expectedCloseDate'
  | 'region'

export const DEFAULT_PIPELINE_LIST_STATE: PipelineListState = {
  query: '',
  stageIds: [],
  products: [],
  regions: [],
  partnerIds: [],
  closeFrom: null,
  closeTo: null,
  minCents: null,
  maxCents: null,
  sort: { key: 'amount', direction: 'desc' }
}

export interface PipelineOrganization {
  name: string
  region: string | null
}

/** A file with what the table shows and sorts on, computed once. */
export interface PipelineRow {
  file: Opportunity
  company: string
  region: string | null
  stageIndex: number
  amountCents: number
  weightedCents: number
}

export function pipelineRows(
  files: readonly Opportunity[],
  organizations: ReadonlyMap<string, PipelineOrganization>,
  stages: readonly PipelineStage[]
): PipelineRow[] {
  const index = new Map(stages.map((s, i) => [s.id, i]))
  return files.map((file) => {
    const stageIndex = index.get(file.stageId) ?? stages.length
    const amountCents = stageAmountCents(file, stages[stageIndex])
    const organization = organizations.get(file.organizationId)
    return {
      file,
      company: organization?.name ?? '',
      region: organization?.region ?? null,
      stageIndex,
      amountCents,
      weightedCents: weightedCents(amountCents, file.probability)
    }
  })
}

const within = (value: number | string | null, low: number | string | null, high: number | string | null) =>
  (low === null || (value !== null && value >= low)) && (high === null || (value !== null && value <= high))

const anyOf = (value: string | null, wanted: string[]) =>
  wanted.length === 0 || (value !== null && wanted.includes(value))

export function rowMatcher(state: PipelineListState): (row: PipelineRow) => boolean {
  const matches = queryMatcher(state.query)
  return (row) =>
    anyOf(row.file.stageId, state.stageIds) &&
    anyOf(row.file.product, state.products) &&
    anyOf(row.region, state.regions) &&
    (state.partnerIds.length === 0 || row.file.funderIds.some((id) => state.partnerIds.includes(id))) &&
    within(row.file.expectedCloseDate, state.closeFrom, state.closeTo) &&
    within(row.amountCents, state.minCents, state.maxCents) &&
    matches([row.company, row.file.title, row.file.program])
}

type SortValue = (row: PipelineRow) => string | number | null

const SORT_VALUES: Record<PipelineSortKey, SortValue> = {
  company: (r) => r.company,
  title: (r) => r.file.title,
  product: (r) => r.file.product,
  stage: (r) => r.stageIndex,
  amount: (r) => r.amountCents,
  probability: (r) => r.file.probability,
  weighted: (r) => r.weightedCents,
  expectedCloseDate: (r) => r.file.expectedCloseDate,
  region: (r) => r.region
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b))
}

/** Filter then sort; empty values stay last whatever the direction; ties go by company then title. */
export function filterPipelineRows(rows: readonly PipelineRow[], state: PipelineListState): PipelineRow[] {
  const value = SORT_VALUES[state.sort.key]
  const sign = state.sort.direction === 'asc' ? 1 : -1
  return rows.filter(rowMatcher(state)).sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va !== vb) {
      if (va === null || va === '') return 1
      if (vb === null || vb === '') return -1
      const primary = compareValues(va, vb)
      if (primary !== 0) return primary * sign
    }
    return compareText(a.company, b.company) || compareText(a.file.title, b.file.title)
  })
}

export function rowTotals(rows: readonly PipelineRow[]): Totals {
  let totalCents = 0
  let weighted = 0
  for (const row of rows) {
    totalCents += row.amountCents
    weighted += row.weightedCents
  }
  return { count: rows.length, totalCents, weightedCents: weighted }
}

export function isFiltered(state: PipelineListState): boolean {
  return (
    state.query !== '' ||
    state.stageIds.length + state.products.length + state.regions.length + state.partnerIds.length > 0 ||
    [state.closeFrom, state.closeTo, state.minCents, state.maxCents].some((v) => v !== null)
  )
}
