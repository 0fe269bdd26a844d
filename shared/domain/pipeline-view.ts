// What a saved view of the Pipeline keeps: the table's filters and sort, and which layout (board,
// table, charts) is shown. Read back defensively: a view is stored data, maybe from an older version.
import { restoreListState } from './list-filters'
import { DEFAULT_PIPELINE_LIST_STATE, type PipelineListState, type PipelineSortKey } from './pipeline-filters'

export const PIPELINE_LAYOUTS = ['board', 'table', 'charts'] as const
export type PipelineLayout = (typeof PIPELINE_LAYOUTS)[number]

export type PipelineViewState = PipelineListState & { layout: PipelineLayout }

const SORT_KEYS: readonly PipelineSortKey[] = [
  'company',
  'title',
  'product',
  'stage',
  'amount',
  'probability',
  'weighted',
  'expectedCloseDate',
  'region'
]

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value)

/** One state object in a fixed key order, so that comparing it with a saved view is reliable. */
export function pipelineViewState(list: PipelineListState, layout: PipelineLayout): PipelineViewState {
  return { ...DEFAULT_PIPELINE_LIST_STATE, ...list, layout }
}

const dateOrNull = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null
const centsOrNull = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null

/** A saved Pipeline view's state: each valid part kept, the default for the rest. */
export function restorePipelineViewState(saved: Record<string, unknown>): PipelineViewState {
  const list = restoreListState(DEFAULT_PIPELINE_LIST_STATE, saved)
  const sort =
    oneOf(SORT_KEYS, list.sort.key) && (list.sort.direction === 'asc' || list.sort.direction === 'desc')
  return pipelineViewState(
    {
      ...list,
      // restoreListState keeps only what has the default's type, and these default to null
      closeFrom: dateOrNull(saved.closeFrom),
      closeTo: dateOrNull(saved.closeTo),
      minCents: centsOrNull(saved.minCents),
      maxCents: centsOrNull(saved.maxCents),
      sort: sort ? list.sort : DEFAULT_PIPELINE_LIST_STATE.sort
    },
    oneOf(PIPELINE_LAYOUTS, saved.layout) ? saved.layout : 'board'
  )
}

/** The layout and the list state of a view state, apart. */
export function splitPipelineViewState({ layout, ...list }: PipelineViewState): {
  layout: PipelineLayout
  list: PipelineListState
} {
  return { layout, list }
}
