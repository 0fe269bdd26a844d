import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import {
  createOrganization,
  deleteOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { createSearchClient, type SearchClient } from '@renderer/features/search/searchClient'
import { syncSearchIndex } from '@renderer/features/search/searchSync'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

let client: SearchClient
let stop: () => void

async function startSync(): Promise<void> {
  client = createSearchClient({ worker: false })
  const ready = new Promise<void>((resolve) => (stop = syncSearchIndex(client, resolve)))
  await ready
}

const namesFound = async (query: string) =>
  (await client.query(query, 10)).groups.flatMap((group) => group.hits.map((hit) => hit.title))

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => stop())

describe('the search index follows the database', () => {
  it('loads what is there, then each created, renamed and deleted record', async () => {
    const company = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    await startSync()
    expect(await namesFound('nordik')).toEqual(['Nordik Technologies'])

    await createContact(
      makeContact({ firstName: 'Éloïse', lastName: 'Gagnon', email: 'eloise@gagnon.example' })
    )
    await vi.waitFor(async () => expect(await namesFound('eloise')).toEqual(['Éloïse Gagnon']))

    await updateOrganization(company.id, { ...makeOrganization(), name: 'Fjord Robotique' })
    await vi.waitFor(async () => expect(await namesFound('fjord')).toEqual(['Fjord Robotique']))
    expect(await namesFound('nordik')).toEqual([])

    await deleteOrganization(company.id)
    await vi.waitFor(async () => expect(await namesFound('fjord')).toEqual([]))
  })

  it('stops following once stopped', async () => {
    await startSync()
    stop()
    await createOrganization(makeOrganization({ name: 'Boréal Drones' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await namesFound('boreal')).toEqual([])
  })
})
