// The benchmark waits, between runs of a screen figure, until Dexie has dropped the results of the
// screen left; this is how it knows.
import { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { leftQueriesCached } from '@renderer/bench/queryCache'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { db } from '@renderer/db/schema'
import { freshDatabase } from '../../fixtures/database'
import { makeOrganization } from '../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
})
afterEach(() => vi.useRealTimers())

/** A screen's live query: subscribed until the returned function is called. */
async function screenReading(): Promise<() => void> {
  let shown: (names: string[]) => void = () => undefined
  const first = new Promise<string[]>((resolve) => (shown = resolve))
  const subscription = liveQuery(() => db().organizations.toArray()).subscribe((rows) =>
    shown(rows.map((o) => o.name))
  )
  expect(await first).toEqual(['Nordik Technologies'])
  return () => subscription.unsubscribe()
}

describe("Dexie's results kept for a screen left", () => {
  it('counts a result while no screen uses it, until Dexie drops it 3 s later', async () => {
    const leave = await screenReading()
    expect(leftQueriesCached()).toBe(0)
    vi.useFakeTimers()
    leave()
    expect(leftQueriesCached()).toBe(1)
    vi.advanceTimersByTime(3000)
    expect(leftQueriesCached()).toBe(0)
  })
})
