import { describe, expect, it, vi } from 'vitest'
import { serializeBackup } from '@shared/backup/format'
import { generateWorkspace } from '@shared/demo'
import { runDailyBackup } from '@renderer/features/backup/autoBackup'
import { createBackupFile, readBackupFile, restoreBackup } from '@renderer/features/backup/backupService'
import { readAllTables } from '@renderer/db/repositories/backup'
import { setSetting } from '@renderer/db/repositories/settings'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { createOrganization } from '@renderer/db/repositories/organizations'
import type { BackupEntry, BackupStore, Platform } from '@renderer/platform'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { byKey, v1Workspace, v1WorkspaceUpgraded } from '../../../fixtures/v1-database'

function fakePlatform(entries: BackupEntry[] = [], write?: BackupStore['write']) {
  const store: BackupStore = {
    list: vi.fn(async () => entries),
    write: vi.fn(
      write ??
        (async (kind) => ({
          name: `relais-x-${kind}.json`,
          kind,
          createdAt: new Date().toISOString(),
          bytes: 1
        }))
    ),
    read: vi.fn(async () => new Uint8Array())
  }
  // Only what the backup service uses
  const platform = { backups: store, appVersion: async () => '9.9.9' } as unknown as Platform
  return { platform, store }
}

const entry = (createdAt: string, kind: BackupEntry['kind'] = 'daily'): BackupEntry => ({
  name: 'n',
  kind,
  createdAt,
  bytes: 1
})

describe('daily automatic backup', () => {
  it('writes one when there is none of today, and not again the same day', async () => {
    await freshDatabase()
    await setSetting('workspaceInitialized', true)
    const now = new Date(2026, 10, 25, 9, 0)
    const none = fakePlatform([entry(new Date(2026, 10, 24, 23, 0).toISOString())])
    expect(await runDailyBackup(none.platform, now)).toBe('written')
    const [kind, file] = vi.mocked(none.store.write).mock.calls[0]
    expect(kind).toBe('daily')
    expect(new TextDecoder().decode(file)).toContain('"format":"relais-backup"')
    const already = fakePlatform([entry(new Date(2026, 10, 25, 8, 0).toISOString())])
    expect(await runDailyBackup(already.platform, now)).toBe('already-today')
    expect(already.store.write).not.toHaveBeenCalled()
  })

  it('counts only daily backups, and waits for the first-run choice', async () => {
    await freshDatabase()
    const now = new Date(2026, 10, 25, 9, 0)
    const { platform, store } = fakePlatform([entry(now.toISOString(), 'pre-restore')])
    expect(await runDailyBackup(platform, now)).toBe('unavailable')
    await setSetting('workspaceInitialized', true)
    expect(await runDailyBackup(platform, now)).toBe('written')
    expect(store.write).toHaveBeenCalledTimes(1)
  })
})

describe('restore', () => {
  it('keeps a copy first, replaces everything, and can be undone', async () => {
    await freshDatabase()
    await loadWorkspace(generateWorkspace({ size: 'demo', now: new Date('2026-11-25T15:00:00Z') }))
    const backup = await readBackupFile(await createBackupFile(fakePlatform().platform))
    await createOrganization(makeOrganization({ name: 'Après la sauvegarde' }))
    const afterChange = await readAllTables()

    const { platform, store } = fakePlatform()
    const { undo } = await restoreBackup(platform, backup)
    const [kind, file] = vi.mocked(store.write).mock.calls[0]
    expect(kind).toBe('pre-restore')
    expect(new TextDecoder().decode(file)).toContain('Après la sauvegarde')
    expect(await readAllTables()).toEqual(backup.tables)
    await undo()
    expect(await readAllTables()).toEqual(afterChange)
  })

  it('brings a backup written by schema version 1 up to date', async () => {
    await freshDatabase()
    const text = await serializeBackup(v1Workspace(), {
      exportedAt: '2026-02-01T12:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 1
    })
    await restoreBackup(fakePlatform().platform, await readBackupFile(new TextEncoder().encode(text)))
    expect(byKey(await readAllTables())).toEqual(byKey(v1WorkspaceUpgraded()))
  })

  it('replaces nothing when the copy of the current data cannot be written', async () => {
    await freshDatabase()
    await createOrganization(makeOrganization({ name: 'Gardée' }))
    const before = await readAllTables()
    const backup = await readBackupFile(await createBackupFile(fakePlatform().platform))
    const failing = fakePlatform([], async () => Promise.reject(new Error('disk full')))
    await expect(
      restoreBackup(failing.platform, { ...backup, tables: { ...backup.tables, organizations: [] } })
    ).rejects.toThrow('disk full')
    expect(await readAllTables()).toEqual(before)
  })
})
