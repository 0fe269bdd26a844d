import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, MIGRATIONS } from '@renderer/db/migrations'
import { readAllTables } from '@renderer/db/repositories/backup'
import { RelaisDatabase } from '@renderer/db/schema'
import { byKey, v1WorkspaceUpgraded, writeAtVersion1 } from '../../../fixtures/v1-database'

const TABLES = [
  'organizations',
  'contacts',
  'opportunities',
  'stageChanges',
  'interactions',
  'followUps',
  'events',
  'introductions',
  'privacyLog',
  'settings',
  'savedViews',
  'drafts',
  'notDuplicates',
  'captures',
  'boardCards'
]

describe('schema migrations', () => {
  it('version numbers strictly increase', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('the latest schema has every table of the design', async () => {
    const database = new RelaisDatabase(`m-${crypto.randomUUID()}`)
    await database.open()
    expect(database.verno).toBe(LATEST_VERSION)
    expect(database.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort())
    database.close()
  })

  it('a database written by version 1 opens at the latest with every record of every table kept', async () => {
    const name = `m-${crypto.randomUUID()}`
    await writeAtVersion1(name)
    const database = new RelaisDatabase(name)
    await database.open()
    expect(database.verno).toBe(LATEST_VERSION)
    // Every row is there, changed only by the upgrades (v2: people's companies linked)
    expect(byKey(await readAllTables(database))).toEqual(byKey(v1WorkspaceUpgraded()))
    database.close()
  })

  it('version 2 puts a meeting logged with a person alone on their company’s timeline', async () => {
    const name = `m-${crypto.randomUUID()}`
    await writeAtVersion1(name)
    const database = new RelaisDatabase(name)
    await database.open()
    const onTimeline = await database.interactions.where('organizationIds').equals('org-rets').primaryKeys()
    expect(onTimeline.sort()).toEqual(['i-alone-eloise', 'i-trashed-marc', 'i-with-rets'])
    // the live meeting counts as the company's last contact, the one in the Trash does not
    expect((await database.organizations.get('org-rets'))?.lastInteractionAt).toBe('2026-02-10T14:00:00.000Z')
    expect((await database.followUps.get('f-eloise'))?.organizationId).toBe('org-rets')
    // a company in the Trash is not linked, nor is anyone for a person without one
    expect((await database.interactions.get('i-alone-zoe'))?.organizationIds).toEqual([])
    expect((await database.interactions.get('i-alone-solo'))?.organizationIds).toEqual([])
    database.close()
  })
})
