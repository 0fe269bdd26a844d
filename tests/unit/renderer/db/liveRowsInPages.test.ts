// Today's side cards read every company a page at a time, so that a screen opened meanwhile is not
// queued behind one long read, and stop once the person has left Today.
import { beforeEach, describe, expect, it } from 'vitest'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { liveRowsInPages } from '@renderer/db/repositories/records'
import { db } from '@renderer/db/schema'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
  for (const name of ['Alpha', 'Bêta', 'Gamma', 'Delta', 'Epsilon']) {
    const company = await createOrganization(makeOrganization({ name }))
    if (name === 'Gamma') await deleteOrganization(company.id)
  }
})

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort()

describe('every live record, a page at a time', () => {
  it('returns each live record once, whatever the page size', async () => {
    for (const size of [1, 2, 4, 5, 100]) {
      expect(names(await liveRowsInPages(db().organizations, size))).toEqual([
        'Alpha',
        'Bêta',
        'Delta',
        'Epsilon'
      ])
    }
  })

  it('stops at the next page once its signal is aborted', async () => {
    const leave = new AbortController()
    const reading = liveRowsInPages(db().organizations, 2, leave.signal)
    leave.abort()
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
  })
})
