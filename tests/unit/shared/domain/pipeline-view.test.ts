import { describe, expect, it } from 'vitest'
import { DEFAULT_PIPELINE_LIST_STATE } from '@shared/domain/pipeline-filters'
import {
  pipelineViewState,
  restorePipelineViewState,
  splitPipelineViewState
} from '@shared/domain/pipeline-view'

describe('restorePipelineViewState', () => {
  it('takes back the layout, every filter (dates and amounts too) and the sort', () => {
    const saved = pipelineViewState(
      {
        ...DEFAULT_PIPELINE_LIST_STATE,
        stageIds: ['lead'],
        closeFrom: '2025-01-01',
        closeTo: '2025-06-30',
        minCents: 10_000_00,
        maxCents: 500_000_00,
        sort: { key: 'expectedCloseDate', direction: 'asc' }
      },
      'table'
    )
    const restored = restorePipelineViewState({ ...saved })
    expect(restored).toEqual(saved)
    expect(JSON.stringify(restored)).toBe(JSON.stringify(saved))
  })

  it('falls back to the defaults for what is missing or malformed', () => {
    const restored = restorePipelineViewState({
      layout: 'gantt',
      stageIds: 'lead',
      closeFrom: 'yesterday',
      minCents: -5,
      maxCents: 1.5,
      sort: { key: 'colour', direction: 'asc' }
    })
    expect(restored).toEqual(pipelineViewState(DEFAULT_PIPELINE_LIST_STATE, 'board'))
  })
})

describe('pipelineViewState', () => {
  it('always writes its keys in the same order, whatever order the parts came in', () => {
    const { sort, query: _query, ...rest } = DEFAULT_PIPELINE_LIST_STATE
    const shuffled = { sort, ...rest, query: 'mine' }
    const state = pipelineViewState(shuffled, 'charts')
    expect(Object.keys(state)).toEqual([...Object.keys(DEFAULT_PIPELINE_LIST_STATE), 'layout'])
    expect(splitPipelineViewState(state)).toEqual({ layout: 'charts', list: { ...shuffled } })
  })
})
