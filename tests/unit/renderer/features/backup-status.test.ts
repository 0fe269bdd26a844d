// Automatic backups that fail say so: the failure is kept (with its reason) until dismissed or a
// later backup of its kind succeeds; a backup cut short by the window closing is a failure too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { backupOnQuit, runDailyBackup } from '@renderer/features/backup/autoBackup'
import {
  backupFailures,
  dismissBackupFailure,
  recordBackupStarted,
  settleInterruptedBackups
} from '@renderer/features/backup/backupStatus'
import { setSetting } from '@renderer/db/repositories/settings'
import type { BackupStore, Platform } from '@renderer/platform'
import { freshDatabase } from '../../../fixtures/database'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }
}

function fakePlatform(write: BackupStore['write']) {
  const store = { list: vi.fn(async () => []), read: vi.fn(), write: vi.fn(write) }
  return { backups: store, appVersion: async () => '9.9.9', quitReady: async () => {} } as unknown as Platform
}
const diskFull = async () => {
  throw new AppError('errors.file.diskFull', { fileName: 'relais-x-daily.json' })
}
const written: BackupStore['write'] = async (kind) => ({ name: 'n', kind, createdAt: '', bytes: 1 })

beforeEach(async () => {
  vi.stubGlobal('localStorage', memoryStorage())
  await freshDatabase()
  await setSetting('workspaceInitialized', true)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a failed automatic backup', () => {
  it('is kept with its reason until a later daily backup succeeds', async () => {
    await expect(runDailyBackup(fakePlatform(diskFull), new Date(2026, 10, 25, 9))).rejects.toThrow()
    expect(backupFailures()).toEqual([
      {
        kind: 'daily',
        at: expect.any(String),
        reason: { key: 'errors.file.diskFull', params: { fileName: 'relais-x-daily.json' } }
      }
    ])
    expect(await runDailyBackup(fakePlatform(written), new Date(2026, 10, 25, 10))).toBe('written')
    expect(backupFailures()).toEqual([])
  })

  it('on quit is kept, to be said at the next start', async () => {
    expect(await backupOnQuit(fakePlatform(diskFull))).toBe('failed')
    expect(backupFailures().map((f) => [f.kind, f.reason.key])).toEqual([['on-quit', 'errors.file.diskFull']])
  })

  it('goes when the person dismisses it', async () => {
    await backupOnQuit(fakePlatform(diskFull))
    dismissBackupFailure('on-quit')
    expect(backupFailures()).toEqual([])
  })
})

describe('a backup the window closed on before it finished', () => {
  it('is a failure at the next start: "interrupted", dated when it began', () => {
    recordBackupStarted('on-quit', new Date('2026-11-25T22:00:00.000Z'))
    expect(backupFailures()).toEqual([])
    settleInterruptedBackups()
    expect(backupFailures()).toEqual([
      {
        kind: 'on-quit',
        at: '2026-11-25T22:00:00.000Z',
        reason: { key: 'backup.status.interrupted', params: {} }
      }
    ])
  })

  it('is not one when it finished', async () => {
    expect(await backupOnQuit(fakePlatform(written))).toBe('written')
    settleInterruptedBackups()
    expect(backupFailures()).toEqual([])
  })
})
