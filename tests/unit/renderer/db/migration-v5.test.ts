// Version 5 copies each file's company name and region onto the file (null while the company is
// in the Trash), keeping the file's revision and updatedAt: a copy is not an edit.
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { applyMigrations } from '@renderer/db/migrations'
import { RelaisDatabase } from '@renderer/db/schema'

const AT = '2026-03-01T12:00:00.000Z'

async function writeAtVersion4(name: string): Promise<void> {
  const old = new Dexie(name)
  applyMigrations(old, 4)
  await old.open()
  const meta = { createdAt: AT, updatedAt: AT }
  await old.table('organizations').bulkAdd([
    { id: 'c-live', name: 'Alumitek', region: '02', deletedAt: null, revision: 2, ...meta },
    { id: 'c-trash', name: 'Boréal', region: '09', deletedAt: AT, revision: 1, ...meta }
  ])
  await old.table('opportunities').bulkAdd([
    {
      id: 'f-live',
      organizationId: 'c-live',
      funderIds: [],
      title: 'Prêt',
      deletedAt: null,
      revision: 3,
      ...meta
    },
    {
      id: 'f-trash',
      organizationId: 'c-trash',
      funderIds: ['c-live'],
      title: 'Subvention',
      deletedAt: null,
      revision: 0,
      ...meta
    }
  ])
  old.close()
}

describe('schema version 5', () => {
  it('fills every file’s copy of its company, its revision and updatedAt kept', async () => {
    const name = `v5-${crypto.randomUUID()}`
    await writeAtVersion4(name)
    const database = new RelaisDatabase(name)
    await database.open()
    const files = await database.opportunities.orderBy('id').toArray()
    expect(files.map((f) => [f.id, f.organization, f.revision, f.updatedAt])).toEqual([
      ['f-live', { name: 'Alumitek', region: '02' }, 3, AT],
      ['f-trash', null, 0, AT]
    ])
    database.close()
  })
})
