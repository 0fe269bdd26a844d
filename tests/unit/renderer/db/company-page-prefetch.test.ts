// The navigation to a company page starts its cards' range reads (prefetchQuery): the cards' own
// live queries must then be served those reads, not read the same ranges again, and the early read
// must not stay subscribed once answered.
import Dexie, { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createContact, listContactsOfOrganization } from '@renderer/db/repositories/contacts'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { prefetchQuery } from '@renderer/db/prefetchQuery'
import { organizationPageReads } from '@renderer/db/repositories/organizationPage'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { organizationTimeline } from '@renderer/db/repositories/timeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

let companyId = ''

beforeEach(async () => {
  await freshDatabase()
  const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
  const person = await createContact(makeContact({ organizationId: company.id }))
  companyId = company.id
  for (const occurredAt of ['2026-01-05T14:00:00.000Z', '2026-02-10T09:30:00.000Z'])
    await createInteraction({ occurredAt, organizationIds: [company.id], contactIds: [person.id] })
})
afterEach(() => vi.restoreAllMocks())

/** Range reads (getAll) of one index, as IndexedDB receives them. */
function rangeReads(store: string, index: string) {
  const getAll = vi.spyOn(IDBIndex.prototype, 'getAll')
  return () =>
    (getAll.mock.contexts as IDBIndex[]).filter((i) => i.objectStore.name === store && i.name === index)
      .length
}

/** A live query's first answer, then unsubscribed (as a card's read, once). */
function firstAnswer<T>(read: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => {
        subscription.unsubscribe()
        resolve(value)
      },
      error: reject
    })
  })
}

/** Live queries listening for writes. */
const liveQueries = () => Dexie.on('storagemutated').subscribers.length

describe('the company page’s reads started early', () => {
  it('serves the company page’s cards the range reads it started', async () => {
    const interactionReads = rangeReads('interactions', 'organizationIds')
    const contactReads = rangeReads('contacts', 'organizationId')
    prefetchQuery(() => organizationPageReads(companyId))
    const [timeline, people] = await Promise.all([
      firstAnswer(() => organizationTimeline(companyId)),
      firstAnswer(() => listContactsOfOrganization(companyId))
    ])
    expect(timeline.interactions).toHaveLength(2)
    expect(people).toHaveLength(1)
    expect(interactionReads()).toBe(1)
    expect(contactReads()).toBe(1)
  })

  it('stops listening once its reads are answered', async () => {
    const before = liveQueries()
    const interactionReads = rangeReads('interactions', 'organizationIds')
    prefetchQuery(() => organizationPageReads(companyId))
    await vi.waitFor(() => expect(interactionReads()).toBe(1))
    await vi.waitFor(() => expect(liveQueries()).toBe(before))
    // a write to what it read does not make it read again
    await createInteraction({ occurredAt: '2026-03-01T10:00:00.000Z', organizationIds: [companyId] })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(interactionReads()).toBe(1)
  })
})
