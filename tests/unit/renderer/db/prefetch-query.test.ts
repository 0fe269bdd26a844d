// A screen's first read started with the navigation: the screen's own live query is served it.
import { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { prefetchQuery } from '@renderer/db/prefetchQuery'
import { createOrganization, listOrganizations } from '@renderer/db/repositories/organizations'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
  await createOrganization(makeOrganization({ name: 'Boréal Données' }))
})
afterEach(() => vi.restoreAllMocks())

/** The screen's live query: its first result's names. */
function screenNames(): Promise<string[]> {
  return new Promise((resolve) => {
    const subscription = liveQuery(listOrganizations).subscribe((rows) => {
      subscription.unsubscribe()
      resolve(rows.map((o) => o.name).sort())
    })
  })
}

describe('prefetchQuery', () => {
  it('reads once: the screen opened while the read is in flight is served it', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    prefetchQuery(listOrganizations)
    await vi.waitFor(() => expect(getAll).toHaveBeenCalledTimes(1))
    expect(await screenNames()).toEqual(['Boréal Données', 'Nordik Technologies'])
    expect(getAll).toHaveBeenCalledTimes(1)
  })

  it('the screen opened after the read is done is served its result, and a write is seen', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    prefetchQuery(listOrganizations)
    await vi.waitFor(() => expect(getAll).toHaveBeenCalledTimes(1))
    await new Promise((r) => setTimeout(r, 50))
    expect(await screenNames()).toEqual(['Boréal Données', 'Nordik Technologies'])
    expect(getAll).toHaveBeenCalledTimes(1)
    await createOrganization(makeOrganization({ name: 'Cèdre Labs' }))
    expect(await screenNames()).toEqual(['Boréal Données', 'Cèdre Labs', 'Nordik Technologies'])
  })
})
