// Two windows never overwrite each other silently: each write adds one to a record's revision, and
// a save from a form opened on an older revision is refused with what is stored now.
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { applyMigrations } from '@renderer/db/migrations'
import {
  createOrganization,
  deleteOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { StaleRecordError } from '@renderer/db/repositories/records'
import { RelaisDatabase } from '@renderer/db/schema'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

describe('revisions', () => {
  it('start at 0 and count every write, whichever repository makes it', async () => {
    const database = await freshDatabase()
    const created = await createOrganization(makeOrganization({ name: 'Nordik' }))
    expect(created.revision).toBe(0)
    expect((await updateOrganization(created.id, { city: 'Alma' })).revision).toBe(1)
    await deleteOrganization(created.id)
    expect((await database.organizations.get(created.id))?.revision).toBe(2)
  })

  it('refuse a save from a form opened on an older revision, and give what is stored now', async () => {
    const database = await freshDatabase()
    const opened = await createOrganization(makeOrganization({ name: 'Nordik', city: 'Saguenay' }))
    // Another window saves first
    await updateOrganization(opened.id, { city: 'Alma' }, opened.revision)
    const error = await updateOrganization(opened.id, { name: 'Nordik inc.' }, opened.revision).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect(error).toMatchObject({ key: 'errors.staleRecord', current: { city: 'Alma', revision: 1 } })
    expect(await database.organizations.get(opened.id)).toMatchObject({ name: 'Nordik', city: 'Alma' })
    // Saved again over the revision it now shows: accepted
    const saved = await updateOrganization(opened.id, { name: 'Nordik inc.' }, 1)
    expect(saved).toMatchObject({ name: 'Nordik inc.', city: 'Alma', revision: 2 })
  })
})

describe('schema version 4', () => {
  it('gives revision 0 to every record written by version 3, and keeps everything else', async () => {
    const name = `rev-${crypto.randomUUID()}`
    const old = new Dexie(name)
    applyMigrations(old, 3)
    await old.open()
    const organization = {
      id: 'org-1',
      name: 'Écrite par la version 3',
      nameKey: 'ecrite par la version 3',
      kind: 'company',
      neq: '',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      deletedAt: null,
      lastInteractionAt: null
    }
    await old.table('organizations').add(organization)
    await old.table('settings').add({ key: 'staleDays', value: 45 })
    old.close()

    const database = new RelaisDatabase(name)
    await database.open()
    expect(await database.organizations.get('org-1')).toEqual({ ...organization, revision: 0 })
    expect(await database.settings.get('staleDays')).toEqual({ key: 'staleDays', value: 45 })
    database.close()
  })
})
