// liveRows reads a whole table in a transaction of its own (no Dexie query cache and its deep
// clones): a screen that shows it through a live query still follows every add, edit and removal.
import { liveQuery } from 'dexie'
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { liveRows } from '@renderer/db/repositories/records'
import { db } from '@renderer/db/schema'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

let stop = () => undefined as void

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => stop())

/** Every list a live query of the Companies list hands out, in order. */
function follow(): { seen: string[][]; next: (count: number) => Promise<string[]> } {
  const seen: string[][] = []
  const waiting: (() => void)[] = []
  const subscription = liveQuery(listOrganizations).subscribe((rows) => {
    seen.push(rows.map((o) => o.name).sort())
    waiting.splice(0).forEach((wake) => wake())
  })
  stop = () => subscription.unsubscribe()
  const next = async (count: number) => {
    while (seen.length < count) await new Promise<void>((wake) => waiting.push(wake))
    return seen[count - 1]
  }
  return { seen, next }
}

it('a live list of the companies shows each one added, renamed or moved to the Trash', async () => {
  const alpha = await createOrganization(makeOrganization({ name: 'Alpha' }))
  const list = follow()
  expect(await list.next(1)).toEqual(['Alpha'])

  const beta = await createOrganization(makeOrganization({ name: 'Bêta' }))
  expect(await list.next(2)).toEqual(['Alpha', 'Bêta'])

  await updateOrganization(alpha.id, { name: 'Alpha Québec' })
  expect(await list.next(3)).toEqual(['Alpha Québec', 'Bêta'])

  await deleteOrganization(beta.id)
  expect(await list.next(4)).toEqual(['Alpha Québec'])
})

it('inside a write, the read sees what that write has changed so far', async () => {
  const alpha = await createOrganization(makeOrganization({ name: 'Alpha' }))
  await createOrganization(makeOrganization({ name: 'Bêta' }))
  const names = await db().transaction('rw', db().organizations, async () => {
    await db().organizations.update(alpha.id, { name: 'Gamma' })
    return (await liveRows(db().organizations)).map((o) => o.name).sort()
  })
  expect(names).toEqual(['Bêta', 'Gamma'])
})
