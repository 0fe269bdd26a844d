// A shared query seen through a function: nothing before the source answers, then the function of
// its latest value, the same object while the source did not change, and the source's error as is.
import { describe, expect, it } from 'vitest'
import { mappedQuery } from '@renderer/db/mappedQuery'
import type { QueryOutcome } from '@renderer/db/sharedQuery'
import { manualQuery as manual } from '../../../fixtures/manualQuery'

describe('mappedQuery', () => {
  it('answers with the function of the source’s latest value, and lets the source go', () => {
    const files = manual<string[]>()
    const counted = mappedQuery(files.query, (ids) => ({ count: ids.length }))
    counted.start()
    expect(files.starts()).toBe(1)
    const seen: QueryOutcome<{ count: number }>[] = []
    const subscription = counted.subscribe((o) => seen.push(o))
    expect(seen).toEqual([])
    expect(counted.hasValue()).toBe(false)
    files.publish({ ok: true, value: ['a', 'b'] })
    expect(seen).toEqual([{ ok: true, value: { count: 2 } }])
    // the same source value: the same object, not a new call
    expect(counted.getValue()).toBe(seen[0])
    files.publish({ ok: true, value: ['a'] })
    expect(seen[1]).toEqual({ ok: true, value: { count: 1 } })
    subscription.unsubscribe()
    expect(files.observed()).toBe(0)
  })

  it('passes the source’s error on as is', () => {
    const files = manual<string[]>()
    const counted = mappedQuery(files.query, (ids) => ids.length)
    const error = new Error('lu')
    files.publish({ ok: false, error })
    expect(counted.getValue()).toEqual({ ok: false, error })
  })
})
