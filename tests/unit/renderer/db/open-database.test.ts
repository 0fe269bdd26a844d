import { describe, expect, it, vi } from 'vitest'
import { openDatabase } from '@renderer/db/repositories/database'
import { RelaisDatabase, useDatabase } from '@renderer/db/schema'

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
})
