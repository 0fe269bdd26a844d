// The navigation to the Companies list starts its read (app/firstReads.ts), and the screen
// subscribes to that same live query: the 5,000 companies are read, and copied out of Dexie's
// cache, once per visit, not once for the navigation and again for the screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startFirstReads } from '@renderer/app/firstReads'
import type { QueryOutcome } from '@renderer/db/sharedQuery'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { organizationsListQuery } from '@renderer/features/organizations/useOrganizations'
import type { Organization } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

let borealId = ''
beforeEach(async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
  borealId = (await createOrganization(makeOrganization({ name: 'Boréal Données' }))).id
})
afterEach(() => vi.restoreAllMocks())

/** The screen's subscription: each outcome's names, sorted, as they come. */
function subscribeScreen() {
  const seen: string[][] = []
  const subscription = organizationsListQuery.subscribe((outcome: QueryOutcome<Organization[]>) => {
    if (outcome.ok) seen.push(outcome.value.map((o) => o.name).sort())
  })
  return { seen, stop: () => subscription.unsubscribe() }
}

describe('the Companies list’s first read', () => {
  it('starts at the navigation and is the screen’s: one read, in hand before the screen subscribes', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    startFirstReads('/companies')
    // a screen whose code comes after the read renders its rows in its first render
    await vi.waitFor(() => expect(organizationsListQuery.hasValue()).toBe(true))
    const screen = subscribeScreen()
    expect(screen.seen).toEqual([['Boréal Données', 'Nordik Technologies']])
    await new Promise((r) => setTimeout(r, 50))
    expect(getAll).toHaveBeenCalledTimes(1)
    expect(screen.seen).toHaveLength(1)
    screen.stop()
  })

  it('stays live while the screen shows it: a company created or trashed shows at once', async () => {
    startFirstReads('/companies')
    const screen = subscribeScreen()
    await vi.waitFor(() => expect(screen.seen).toHaveLength(1))
    await createOrganization(makeOrganization({ name: 'Cèdre Labs' }))
    await vi.waitFor(() =>
      expect(screen.seen.at(-1)).toEqual(['Boréal Données', 'Cèdre Labs', 'Nordik Technologies'])
    )
    await deleteOrganization(borealId)
    await vi.waitFor(() => expect(screen.seen.at(-1)).toEqual(['Cèdre Labs', 'Nordik Technologies']))
    screen.stop()
  })
})
