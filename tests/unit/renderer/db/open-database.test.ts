import { describe, expect, it, vi } from 'vitest'
import { storedSchemaVersion } from '@renderer/db/migration-guard'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { openDatabase } from '@renderer/db/repositories/database'
import { DATABASE_NAME, RelaisDatabase, useDatabase } from '@renderer/db/schema'
import { writeAtVersion1 } from '../../../fixtures/v1-database'

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

describe('openDatabase', () => {
  it('says it is blocked while an older version stays open elsewhere, then opens once it closes', async () => {
    const name = `open-${crypto.randomUUID()}`
    const older = await rawOpen(name, 1) // an old window that ignores versionchange
    useDatabase(new RelaisDatabase(name))
    const hooks = { onBlocked: vi.fn(), onUpgradedElsewhere: vi.fn() }
    const opening = openDatabase(hooks)
    await vi.waitFor(() => expect(hooks.onBlocked).toHaveBeenCalled())
    older.close()
    await opening
    expect(hooks.onUpgradedElsewhere).not.toHaveBeenCalled()
  })

  it('closes and says so when another window upgrades the database', async () => {
    const name = `open-${crypto.randomUUID()}`
    const database = new RelaisDatabase(name)
    useDatabase(database)
    const hooks = { onBlocked: vi.fn(), onUpgradedElsewhere: vi.fn() }
    await openDatabase(hooks)
    const newer = await rawOpen(name, 1000)
    expect(hooks.onUpgradedElsewhere).toHaveBeenCalledOnce()
    expect(database.isOpen()).toBe(false)
    newer.close()
  })

  it('backs up a version 1 database before upgrading it, and leaves it as it was if that fails', async () => {
    await writeAtVersion1(DATABASE_NAME)
    const hooks = { onBlocked: vi.fn(), onUpgradedElsewhere: vi.fn() }
    const failing = vi.fn(async () => Promise.reject(new Error('disk full')))
    useDatabase(new RelaisDatabase())
    await expect(
      openDatabase({ ...hooks, beforeUpgrade: { save: failing, appVersion: 'x' } })
    ).rejects.toThrow('disk full')
    expect(await storedSchemaVersion(DATABASE_NAME)).toBe(1)

    const save = vi.fn(async () => undefined)
    const database = new RelaisDatabase()
    useDatabase(database)
    await openDatabase({ ...hooks, beforeUpgrade: { save, appVersion: 'x' } })
    expect(save).toHaveBeenCalledOnce()
    const [bytes, fromVersion] = save.mock.calls[0] as unknown as [Uint8Array, number]
    expect(fromVersion).toBe(1)
    expect(new TextDecoder().decode(bytes)).toContain('"schemaVersion":1')
    expect(database.verno).toBe(LATEST_VERSION)
    expect((await database.interactions.get('i-alone-eloise'))?.organizationIds).toEqual(['org-rets'])
    database.close()
  })
})
