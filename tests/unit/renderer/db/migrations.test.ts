import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, MIGRATIONS, applyMigrations } from '@renderer/db/migrations'
import { RelaisDatabase } from '@renderer/db/schema'

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
  'drafts'
]

/** A database written by an older version of the schema, with one record in every table. */
async function writeAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name)
  applyMigrations(old, version)
  await old.open()
  for (const table of old.tables) {
    const key = table.schema.primKey.name === 'key' ? { key: `k-${table.name}` } : { id: `id-${table.name}` }
    await table.add({
      ...key,
      deletedAt: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      payload: `kept in ${table.name}`
    })
  }
  old.close()
}

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

  it.each(MIGRATIONS.map((m) => m.version))(
    'a database written by version %i opens at the latest with nothing lost',
    async (version) => {
      const name = `m-${crypto.randomUUID()}`
      await writeAtVersion(name, version)
      const database = new RelaisDatabase(name)
      await database.open()
      for (const table of database.tables) {
        const rows = (await table.toArray()) as { payload?: string }[]
        if (rows.length) expect(rows.map((r) => r.payload)).toContain(`kept in ${table.name}`)
      }
      database.close()
    }
  )
})
