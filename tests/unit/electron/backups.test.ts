import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  backupFileName,
  KEEP_AUTOMATIC_BACKUPS,
  KEEP_PRE_MIGRATION_BACKUPS,
  type BackupKind
} from '@shared/backup/limits'
import { writeFileAtomic } from '../../../electron/main/atomic-write'
import { backupPath, createBackupHandlers, type BackupDeps } from '../../../electron/main/handlers/backups'

let root: string
let folder: string
let clock: Date
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-backups-'))
  folder = join(root, 'backups')
  clock = new Date('2026-11-25T14:30:05.123Z')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function handlers(overrides: Partial<BackupDeps> = {}) {
  return createBackupHandlers({
    folder: () => folder,
    now: () => clock,
    mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    readdir: (path) => readdir(path),
    stat: (path) => stat(path),
    readFile: (path) => readFile(path),
    unlink: (path) => unlink(path),
    writeFileAtomic: (path, data) => writeFileAtomic({ open, rename, unlink }, path, data),
    ...overrides
  })
}

describe('automatic backups', () => {
  it('names the file by date and kind, lists it and reads it back', async () => {
    const h = handlers()
    const entry = await h['backup-write-auto']({ kind: 'daily', content: '{"format":"relais-backup"}' })
    expect(entry).toEqual({
      name: 'relais-2026-11-25T14-30-05-123Z-daily.json',
      kind: 'daily',
      createdAt: '2026-11-25T14:30:05.123Z',
      bytes: 26
    })
    expect(await h['backup-list'](undefined)).toEqual([entry])
    const { content } = await h['backup-read']({ name: entry.name })
    expect(new TextDecoder().decode(content)).toBe('{"format":"relais-backup"}')
  })

  const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour))
  async function write(h: ReturnType<typeof handlers>, kind: BackupKind, when: Date) {
    clock = when
    await h['backup-write-auto']({ kind, content: `{"at":"${when.toISOString()}"}` })
  }
  const names = async (kind: BackupKind) =>
    (await handlers()['backup-list'](undefined)).filter((e) => e.kind === kind).map((e) => e.name)

  it('keeps the newest 14 of a kind, newest first, and never touches other files', async () => {
    const h = handlers()
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'notes.txt'), 'mine')
    for (let day = 1; day <= 20; day++) await write(h, 'daily', at(day))
    const daily = await names('daily')
    expect(daily).toHaveLength(KEEP_AUTOMATIC_BACKUPS)
    expect(daily[0]).toBe(backupFileName(at(20), 'daily'))
    expect(daily.at(-1)).toBe(backupFileName(at(7), 'daily'))
    expect(await readdir(folder)).toContain('notes.txt')
  })

  it('counts each kind apart: a day of quits and restores pushes out no daily or pre-migration backup', async () => {
    const h = handlers()
    await write(h, 'pre-migration', at(1, 8))
    for (let day = 1; day <= 3; day++) await write(h, 'daily', at(day))
    for (let n = 0; n < 40; n++) {
      await write(h, 'on-quit', new Date(at(4).getTime() + n * 60_000))
      await write(h, 'pre-restore', new Date(at(4).getTime() + n * 60_000 + 1))
    }
    expect(await names('pre-migration')).toEqual([backupFileName(at(1, 8), 'pre-migration')])
    expect(await names('daily')).toEqual([3, 2, 1].map((day) => backupFileName(at(day), 'daily')))
    expect(await names('on-quit')).toHaveLength(KEEP_AUTOMATIC_BACKUPS)
    expect(await names('pre-restore')).toHaveLength(KEEP_AUTOMATIC_BACKUPS)
    expect((await names('on-quit'))[0]).toBe(
      backupFileName(new Date(at(4).getTime() + 39 * 60_000), 'on-quit')
    )
  })

  it('keeps the newest 5 pre-migration backups, one per upgrade', async () => {
    const h = handlers()
    for (let day = 1; day <= 8; day++) await write(h, 'pre-migration', at(day))
    expect(await names('pre-migration')).toEqual(
      [8, 7, 6, 5, 4].map((day) => backupFileName(at(day), 'pre-migration'))
    )
    expect(KEEP_PRE_MIGRATION_BACKUPS).toBe(5)
  })

  it('lists nothing before the first backup', async () => {
    expect(await handlers()['backup-list'](undefined)).toEqual([])
  })

  it.each([
    '../relais-2026-11-25T14-30-05-123Z-daily.json',
    'relais-2026-11-25T14-30-05-123Z-daily.json/../../secret',
    '/etc/passwd',
    'notes.txt',
    'backups-evil/relais-2026-11-25T14-30-05-123Z-daily.json',
    'relais-2026-11-25T14-30-05-123Z-weekly.json'
  ])('refuses to read %s', async (name) => {
    await mkdir(folder, { recursive: true })
    await writeFile(join(root, 'secret'), 'x')
    await expect(handlers()['backup-read']({ name })).rejects.toMatchObject({ key: 'errors.file.readFailed' })
  })

  it('resolves only names inside the folder', () => {
    const name = 'relais-2026-11-25T14-30-05-123Z-daily.json'
    expect(backupPath('/data/backups', name)).toBe(join('/data/backups', name))
    expect(backupPath('/data/backups', `../${name}`)).toBeNull()
  })

  it('says the disk is full and leaves no file when the write fails', async () => {
    const h = handlers({
      writeFileAtomic: async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
    })
    await expect(h['backup-write-auto']({ kind: 'daily', content: '{}' })).rejects.toMatchObject({
      key: 'errors.file.diskFull'
    })
    expect(await readdir(folder)).toEqual([])
  })
})
