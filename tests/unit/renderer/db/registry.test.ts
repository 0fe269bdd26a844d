import { describe, expect, it } from 'vitest'
import { storesAt, tablesWith } from '@shared/db/table-spec'
import { TABLES } from '@shared/db/tables'
import { LATEST_VERSION, MIGRATIONS } from '@renderer/db/migrations'
import { RelaisDatabase } from '@renderer/db/schema'

/** What Dexie holds once every migration up to `version` ran: later declarations win, null drops. */
function cumulativeStores(version: number): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const migration of MIGRATIONS.filter((m) => m.version <= version))
    for (const [table, indexes] of Object.entries(migration.stores)) {
      if (indexes === null) delete stores[table]
      else stores[table] = indexes
    }
  return stores
}

describe('table registry', () => {
  it('declares, for the latest version, exactly the stores the migrations build', () => {
    expect(storesAt(TABLES, LATEST_VERSION)).toEqual(cumulativeStores(LATEST_VERSION))
  })

  it('matches the migrations at every earlier version too', () => {
    for (const { version } of MIGRATIONS) expect(storesAt(TABLES, version)).toEqual(cumulativeStores(version))
  })

  it('gives the Dexie class one typed table per registry table', async () => {
    const database = new RelaisDatabase(`r-${crypto.randomUUID()}`)
    await database.open()
    expect(database.tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLES).sort())
    expect(database.organizations.name).toBe('organizations')
    database.close()
  })

  it('indexes deletedAt on every table whose records go to the Trash', () => {
    const trashed = tablesWith(TABLES, 'trash')
    expect(trashed).toEqual([
      'organizations',
      'contacts',
      'opportunities',
      'interactions',
      'followUps',
      'events',
      'introductions'
    ])
    for (const name of trashed) expect(storesAt(TABLES, LATEST_VERSION)[name]).toMatch(/\bdeletedAt\b/)
  })

  it('backs up every table but the board’s cards (a copy the database keeps) and fills the eight workspace tables', () => {
    expect(tablesWith(TABLES, 'backup')).toEqual(Object.keys(TABLES).filter((name) => name !== 'boardCards'))
    expect(tablesWith(TABLES, 'workspace')).toEqual([
      'organizations',
      'contacts',
      'opportunities',
      'stageChanges',
      'interactions',
      'followUps',
      'events',
      'introductions'
    ])
  })
})
