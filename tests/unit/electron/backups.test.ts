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
import { backupFileName, KEEP_AUTOMATIC_BACKUPS } from '@shared/backup/limits'
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
    readFile: (path) => readFile(path, 'utf8'),
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
    expect(await h['backup-read']({ name: entry.name })).toEqual({ content: '{"format":"relais-backup"}' })
  })

  it('keeps the newest 14, newest first, and never touches other files', async () => {
    const h = handlers()
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'notes.txt'), 'mine')
    for (let day = 1; day <= 20; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 9))
      await h['backup-write-auto']({ kind: day === 7 ? 'pre-migration' : 'daily', content: `{"day":${day}}` })
    }
    const list = await h['backup-list'](undefined)
    expect(list).toHaveLength(KEEP_AUTOMATIC_BACKUPS)
    expect(list[0].name).toBe(backupFileName(new Date(Date.UTC(2026, 10, 20, 9)), 'daily'))
    expect(list.at(-1)?.name).toBe(backupFileName(new Date(Date.UTC(2026, 10, 7, 9)), 'pre-migration'))
    expect(await readdir(folder)).toContain('notes.txt')
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
