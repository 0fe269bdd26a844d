import { describe, expect, it } from 'vitest'
// @ts-expect-error the benchmark's statistics are plain JavaScript (bench/*.mjs), without types
import { summarise } from '../../../bench/stats.mjs'

describe('a figure summarised over its runs', () => {
  it('keeps the runs in the order measured, so a slow first visit shows first', () => {
    expect(summarise([2094, 566.94, 596.2, 572.7, 801.6])).toEqual({
      median: 596.2,
      p95: 2094,
      runs: [2094, 566.9, 596.2, 572.7, 801.6]
    })
  })
})
