// The pipeline's reads start at the navigation (sharedQuery): the screen opened then is handed
// those reads instead of reading again, stays live, and nothing is kept once it is left.
import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createOrganization,
  listOrganizations,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { sharedQuery, type QueryOutcome } from '@renderer/db/sharedQuery'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

const liveQueries = () => Dexie.on('storagemutated').subscribers.length

/** The names the query read, counting its runs. */
function countedNames(unclaimedMs?: number) {
  const runs = { count: 0 }
  const shared = sharedQuery(async () => {
    runs.count += 1
    return (await listOrganizations()).map((o) => o.name)
  }, unclaimedMs)
  return { shared, runs }
}

/** The next outcome an observer receives. */
function nextOutcome<T>(
  subscribe: (observer: (o: QueryOutcome<T>) => void) => unknown
): Promise<QueryOutcome<T>> {
  return new Promise((resolve) => subscribe(resolve))
}

beforeEach(async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Alumitek' }))
})

describe('a query started at the navigation', () => {
  it('hands its reads to the screen that subscribes, without reading again', async () => {
    const { shared, runs } = countedNames()
    shared.start()
    let subscription: { unsubscribe(): void } | undefined
    const outcome = await nextOutcome<string[]>((observer) => (subscription = shared.subscribe(observer)))
    expect(outcome).toEqual({ ok: true, value: ['Alumitek'] })
    expect(runs.count).toBe(1)
    subscription?.unsubscribe()
  })

  it('follows writes while the screen shows it', async () => {
    const { shared } = countedNames()
    const seen: QueryOutcome<string[]>[] = []
    const subscription = shared.subscribe((o) => seen.push(o))
    await vi.waitFor(() => expect(seen).toHaveLength(1))
    const [company] = await listOrganizations()
    await updateOrganization(company.id, { name: 'Alumitek Québec' })
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ok: true, value: ['Alumitek Québec'] }))
    subscription.unsubscribe()
  })

  it('ends its live query and keeps nothing once the screen is left', async () => {
    const before = liveQueries()
    const { shared, runs } = countedNames()
    shared.start()
    const subscription = shared.subscribe(() => undefined)
    await vi.waitFor(() => expect(shared.hasValue()).toBe(true))
    expect(liveQueries()).toBeGreaterThan(before)
    subscription.unsubscribe()
    expect(liveQueries()).toBe(before)
    expect(shared.hasValue()).toBe(false)
    // the next visit reads again
    const again = shared.subscribe(() => undefined)
    await vi.waitFor(() => expect(shared.hasValue()).toBe(true))
    expect(runs.count).toBe(2)
    again.unsubscribe()
  })

  it('lets go of reads no screen claimed after a while', async () => {
    const before = liveQueries()
    const { shared } = countedNames(200)
    shared.start()
    await vi.waitFor(() => expect(shared.hasValue()).toBe(true))
    expect(liveQueries()).toBeGreaterThan(before)
    await vi.waitFor(() => expect(liveQueries()).toBe(before))
    expect(shared.hasValue()).toBe(false)
  })
})
