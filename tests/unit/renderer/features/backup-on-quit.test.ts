import { describe, expect, it, vi } from 'vitest'
import { backupOnQuit, runDailyBackup } from '@renderer/features/backup/autoBackup'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { makeOrganization } from '../../../fixtures/factories'
import { setSetting } from '@renderer/db/repositories/settings'
import type { BackupStore, Platform } from '@renderer/platform'
import { freshDatabase } from '../../../fixtures/database'

function fakePlatform(write: BackupStore['write']) {
  const store = { list: vi.fn(), read: vi.fn(), write: vi.fn(write) }
  const quitReady = vi.fn(async () => {})
  const platform = { backups: store, appVersion: async () => '9.9.9', quitReady } as unknown as Platform
  return { platform, store, quitReady }
}

const written = async (kind: 'on-quit' | 'daily') => ({ name: 'n', kind, createdAt: '', bytes: 1 })

describe('backup on quit', () => {
  it('writes an on-quit backup, then lets the window close', async () => {
    await freshDatabase()
    await setSetting('workspaceInitialized', true)
    const { platform, store, quitReady } = fakePlatform(written as BackupStore['write'])
    expect(await backupOnQuit(platform)).toBe('written')
    const [kind, file] = store.write.mock.calls[0] as [string, Uint8Array]
    expect(kind).toBe('on-quit')
    expect(new TextDecoder().decode(file)).toContain('"format":"relais-backup"')
    expect(quitReady).toHaveBeenCalledTimes(1)
  })

  it('lets the window close even when the disk refuses the file', async () => {
    await freshDatabase()
    await setSetting('workspaceInitialized', true)
    const { platform, quitReady } = fakePlatform(async () => {
      throw new Error('ENOSPC')
    })
    expect(await backupOnQuit(platform)).toBe('failed')
    expect(quitReady).toHaveBeenCalledTimes(1)
  })

  it('writes nothing before the first-run choice', async () => {
    await freshDatabase()
    const { platform, store, quitReady } = fakePlatform(written as BackupStore['write'])
    expect(await backupOnQuit(platform)).toBe('unavailable')
    expect(store.write).not.toHaveBeenCalled()
    expect(quitReady).toHaveBeenCalledTimes(1)
  })

  it('is skipped, at once, when nothing was written since this session’s last backup', async () => {
    await freshDatabase()
    await setSetting('workspaceInitialized', true)
    const { platform, store, quitReady } = fakePlatform(written as BackupStore['write'])
    store.list.mockResolvedValue([])
    expect(await runDailyBackup(platform, new Date(2026, 10, 25, 9))).toBe('written')
    expect(await backupOnQuit(platform)).toBe('unchanged')
    expect(store.write).toHaveBeenCalledTimes(1)
    expect(quitReady).toHaveBeenCalledTimes(1)

    await createOrganization(makeOrganization({ name: 'Écrite après la sauvegarde' }))
    expect(await backupOnQuit(platform)).toBe('written')
    expect(store.write).toHaveBeenCalledTimes(2)
  })
})
