// @vitest-environment happy-dom
// The search index's first load waits between pages while the person scrolls (on two cores it took
// the core the page needed to draw a long list's frames), and goes on once they stop; it also waits
// while a screen just opened settles.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { holdWhileScrolling } from '@renderer/features/search/loadTurns'
import { createSearchClient } from '@renderer/features/search/searchClient'
import { syncSearchIndex } from '@renderer/features/search/searchSync'
import { screenOpening, screenSettling } from '@renderer/hooks/screenSettling'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => vi.useRealTimers())

it('a held first load indexes nothing until it is let go', async () => {
  await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
  const client = createSearchClient({ worker: false })
  const names = async () =>
    (await client.query('nordik', 10)).groups.flatMap((group) => group.hits.map((hit) => hit.title))

  client.holdLoad(true)
  let loaded = false
  const loading = client.loadAll().then(() => (loaded = true))
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(loaded).toBe(false)
  expect(await names()).toEqual([])

  client.holdLoad(false)
  await loading
  expect(await names()).toEqual(['Nordik Technologies'])
})

it('holds while anything in the page scrolls, and lets go 400 ms after the last scroll', () => {
  vi.useFakeTimers()
  const holds: boolean[] = []
  const stop = holdWhileScrolling((hold) => holds.push(hold))
  const list = document.createElement('div')
  document.body.append(list)

  list.dispatchEvent(new Event('scroll'))
  expect(holds).toEqual([true])
  vi.advanceTimersByTime(300)
  list.dispatchEvent(new Event('scroll'))
  vi.advanceTimersByTime(300)
  expect(holds).toEqual([true])
  vi.advanceTimersByTime(100)
  expect(holds).toEqual([true, false])

  stop()
  list.dispatchEvent(new Event('scroll'))
  expect(holds).toEqual([true, false])
})

it('lets go when it stops watching in the middle of a scroll', () => {
  vi.useFakeTimers()
  const holds: boolean[] = []
  const stop = holdWhileScrolling((hold) => holds.push(hold))
  window.dispatchEvent(new Event('wheel'))
  stop()
  expect(holds).toEqual([true, false])
})

it('the first load waits while screens open and settle, and loads once they have', async () => {
  await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
  const client = createSearchClient({ worker: false })
  let readyWhileSettling: boolean | null = null
  screenOpening()
  const stop = syncSearchIndex(client, () => (readyWhileSettling = screenSettling()))
  // a screen opens every 200 ms for 1.4 s: each one settles 600 ms later at the earliest
  for (let ms = 0; ms < 1400; ms += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    screenOpening()
  }
  expect(readyWhileSettling).toBe(null)
  expect(await client.query('nordik', 10)).toMatchObject({ groups: [] })

  await vi.waitFor(() => expect(readyWhileSettling).toBe(false), { timeout: 3000 })
  const names = (await client.query('nordik', 10)).groups.flatMap((group) =>
    group.hits.map((hit) => hit.title)
  )
  expect(names).toEqual(['Nordik Technologies'])
  stop()
})
