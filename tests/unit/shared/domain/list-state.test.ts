import { describe, expect, it } from 'vitest'
import { DEFAULT_ORGANIZATION_LIST_STATE, restoreListState } from '@shared/domain/list-filters'

describe('restoreListState', () => {
  it('takes back every part of a saved state that still has the right shape', () => {
    const saved = {
      ...DEFAULT_ORGANIZATION_LIST_STATE,
      regions: ['02'],
      sort: { key: 'city', direction: 'desc' }
    }
    expect(restoreListState(DEFAULT_ORGANIZATION_LIST_STATE, saved)).toEqual(saved)
  })

  it('falls back to the default for missing, malformed and unknown parts', () => {
    const restored = restoreListState(DEFAULT_ORGANIZATION_LIST_STATE, {
      query: 42,
      regions: [1, 2],
      sort: { key: 'city' },
      removedFilter: true
    })
    expect(restored).toEqual(DEFAULT_ORGANIZATION_LIST_STATE)
  })
})
