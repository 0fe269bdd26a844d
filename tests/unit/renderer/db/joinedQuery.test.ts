// Two shared queries joined for one screen: nothing until both parts have answered, then the join
// of their latest values, the same object while neither part changed, and a part's error as is.
import { describe, expect, it } from 'vitest'
import { joinedQuery } from '@renderer/db/joinedQuery'
import type { QueryOutcome } from '@renderer/db/sharedQuery'
import { manualQuery as manual } from '../../../fixtures/manualQuery'

describe('joinedQuery', () => {
  it('answers once both parts have, with the join of their latest values, and lets both go', () => {
    const files = manual<string[]>()
    const names = manual<Map<string, string>>()
    const joined = joinedQuery(files.query, names.query, (f, n) => f.map((id) => n.get(id) ?? '?'))
    const seen: QueryOutcome<string[]>[] = []
    const subscription = joined.subscribe((o) => seen.push(o))
    files.publish({ ok: true, value: ['a', 'b'] })
    expect(seen).toEqual([])
    expect(joined.hasValue()).toBe(false)
    names.publish({ ok: true, value: new Map([['a', 'Alumitek']]) })
    expect(seen).toEqual([{ ok: true, value: ['Alumitek', '?'] }])
    // the same parts: the same object, not a new join
    expect(joined.getValue()).toBe(seen[0])
    files.publish({ ok: true, value: ['a'] })
    expect(seen[1]).toEqual({ ok: true, value: ['Alumitek'] })
    subscription.unsubscribe()
    expect(files.observed() + names.observed()).toBe(0)
  })

  it('gives a part’s error', () => {
    const files = manual<string[]>()
    const names = manual<string[]>()
    const joined = joinedQuery(files.query, names.query, (f, n) => [...f, ...n])
    const failure = new Error('lu de travers')
    files.publish({ ok: true, value: [] })
    names.publish({ ok: false, error: failure })
    expect(joined.getValue()).toEqual({ ok: false, error: failure })
  })
})
