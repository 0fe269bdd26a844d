// A table declared only in a registry (tests/fixtures/registry.ts) is backed up, restored, put in
// the Trash and erased with no other edit: every walk reads the registry it is given.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '@shared/backup/format'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { createContact } from '@renderer/db/repositories/contacts'
import { erasePerson, listPrivacyLog } from '@renderer/db/repositories/privacy'
import { listTrash, purgeTrashItem, restoreTrashItem } from '@renderer/db/repositories/trash'
import type { RelaisDatabase } from '@renderer/db/schema'
import { makeContact } from '../../../fixtures/factories'
import { capture, CAPTURE_VERSION, databaseWithCaptures, WITH_CAPTURES } from '../../../fixtures/registry'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: CAPTURE_VERSION }

let database: RelaisDatabase
const captures = () => database.table('captures')

beforeEach(async () => {
  database = await databaseWithCaptures()
})

describe('a table added to the registry only', () => {
  it('is written to a backup, validated on reading and restored', async () => {
    await captures().add(capture({ id: 'c-1', note: 'Salon du 20 novembre' }))
    const text = await serializeBackup(await readAllTables(database, WITH_CAPTURES), META)
    expect(JSON.parse(text).tables.captures).toHaveLength(1)

    const backup = await parseBackup(text, CAPTURE_VERSION, WITH_CAPTURES)
    await captures().clear()
    await replaceAllTables(backup.tables, CAPTURE_VERSION, WITH_CAPTURES)
    expect(await captures().get('c-1')).toMatchObject({ note: 'Salon du 20 novembre' })
  })

  it('refuses a backup whose record breaks the table’s schema, naming the table', async () => {
    await captures().add(capture({ id: 'c-1', note: 'Salon' }))
    const json = JSON.parse(await serializeBackup(await readAllTables(database, WITH_CAPTURES), META))
    json.tables.captures[0].note = ''
    const damaged = await serializeBackup(json.tables, META)
    await expect(parseBackup(damaged, CAPTURE_VERSION, WITH_CAPTURES)).rejects.toMatchObject({
      key: 'backup.errors.invalidRecord',
      params: { table: 'captures', row: 1, field: 'note' }
    })
  })

  it('lists its deleted records in the Trash, restores one and purges another', async () => {
    await captures().bulkAdd([
      capture({ id: 'c-1', note: 'Première', deletedAt: '2026-11-21T10:00:00.000Z' }),
      capture({ id: 'c-2', note: 'Seconde', deletedAt: '2026-11-22T10:00:00.000Z' }),
      capture({ id: 'c-3', note: 'Vivante' })
    ])
    const listed = await listTrash(WITH_CAPTURES)
    expect(listed.map((item) => [item.kind, item.id])).toEqual([
      ['capture', 'c-2'],
      ['capture', 'c-1']
    ])

    await restoreTrashItem('capture', 'c-1', WITH_CAPTURES)
    await purgeTrashItem('capture', 'c-2', WITH_CAPTURES)
    expect(await captures().get('c-1')).toMatchObject({ deletedAt: null })
    expect(await captures().get('c-2')).toBeUndefined()
    expect(await listTrash(WITH_CAPTURES)).toEqual([])
  })

  it('has the erased person taken out of its records, counted and flagged for review', async () => {
    const eloise = await createContact(makeContact())
    const other = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon', email: '' }))
    await captures().bulkAdd([
      capture({ id: 'c-1', note: 'Tremblay cherche un local', contactId: eloise.id }),
      capture({ id: 'c-2', note: 'Rien à signaler', contactId: eloise.id }),
      capture({ id: 'c-3', note: 'Tremblay aussi', contactId: other.id })
    ])

    const result = await erasePerson(eloise.id, WITH_CAPTURES)

    expect((await captures().toArray()).map((c) => [c.id, c.contactId])).toEqual([
      ['c-1', null],
      ['c-2', null],
      ['c-3', other.id]
    ])
    expect(result.records).toBe(2)
    expect(result.toReview).toEqual([{ kind: 'capture', id: 'c-1', title: 'Tremblay cherche un local' }])
    expect((await listPrivacyLog())[0].details).toBe(
      JSON.stringify({ records: 2, toReview: [{ kind: 'capture', id: 'c-1' }] })
    )
  })
})
