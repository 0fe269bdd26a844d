import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup, serializeBackup, type BackupTables } from '@shared/backup/format'
import { generateWorkspace } from '@shared/demo'
import { ERASED_OTHER_PERSON_ID, ERASED_PERSON_ID } from '@shared/domain/privacy'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { setSetting } from '@renderer/db/repositories/settings'
import { LATEST_VERSION, applyMigrations } from '@renderer/db/migrations'
import { backupBeforeUpgrade, storedSchemaVersion } from '@renderer/db/migration-guard'
import { freshDatabase } from '../../../fixtures/database'
import { byKey, v1Workspace, v1WorkspaceUpgraded, writeAtVersion1 } from '../../../fixtures/v1-database'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: LATEST_VERSION }

async function demoDatabase() {
  await freshDatabase()
  await loadWorkspace(generateWorkspace({ size: 'demo', now: new Date('2026-11-25T14:30:00Z') }))
  await setSetting('staleDays', 45)
  return readAllTables()
}

/** A valid backup's text with something changed inside, checksum recomputed or not. */
async function tampered(text: string, change: (json: Record<string, unknown>) => void, rehash = false) {
  const json = JSON.parse(text)
  change(json)
  if (!rehash) return JSON.stringify(json)
  return serializeBackup(json.tables as BackupTables, { ...META, schemaVersion: json.schemaVersion })
}

describe('backup round trip', () => {
  it('restores into an empty database exactly what was exported', async () => {
    const original = await demoDatabase()
    const text = await serializeBackup(original, META)
    await freshDatabase()
    const backup = await parseBackup(text, LATEST_VERSION)
    expect(backup).toMatchObject({
      exportedAt: META.exportedAt,
      appVersion: '0.1.0',
      schemaVersion: LATEST_VERSION
    })
    await replaceAllTables(backup.tables)
    const restored = await readAllTables()
    expect(restored).toEqual(original)
    expect(restored.organizations.length).toBe(30)
    expect(restored.settings).toEqual([{ key: 'staleDays', value: 45 }])
  })

  it('opens a backup from before the fix where both erased people of an introduction were one', async () => {
    const original = await demoDatabase()
    const [first, ...rest] = original.introductions
    const broken = { ...first, personAId: ERASED_PERSON_ID, personBId: ERASED_PERSON_ID }
    const text = await serializeBackup({ ...original, introductions: [broken, ...rest] }, META)
    const backup = await parseBackup(text, LATEST_VERSION)
    expect(backup.tables.introductions[0]).toEqual({
      ...broken,
      personBId: ERASED_OTHER_PERSON_ID
    })
  })

  it('replaces what was there: nothing of the old data survives a restore', async () => {
    const original = await demoDatabase()
    const backup = await parseBackup(
      // Without their files too: a file whose company is missing would get a placeholder company
      await serializeBackup({ ...original, organizations: [], opportunities: [] }, META),
      LATEST_VERSION
    )
    await replaceAllTables(backup.tables)
    expect((await readAllTables()).organizations).toEqual([])
  })
})

// Refused by the parser, which only reads text: the restore (replaceAllTables) never runs on it
describe('a damaged backup is refused with the reason, before any restore', () => {
  let text: string
  beforeEach(async () => {
    text = await serializeBackup(await demoDatabase(), META)
  })

  it.each([
    [
      'truncated',
      (t: string) => Promise.resolve(t.slice(0, Math.floor(t.length * 0.7))),
      'backup.errors.unreadable'
    ],
    ['empty', () => Promise.resolve(''), 'backup.errors.unreadable'],
    ['not a backup', () => Promise.resolve('{"hello":"world"}'), 'backup.errors.notBackup'],
    ['a newer format', (t: string) => tampered(t, (j) => (j.version = 2)), 'backup.errors.newerFormat'],
    [
      'a newer schema',
      (t: string) => tampered(t, (j) => (j.schemaVersion = LATEST_VERSION + 1), true),
      'backup.errors.newerSchema'
    ],
    [
      'edited by hand (checksum)',
      (t: string) => tampered(t, (j) => ((j.tables as BackupTables).organizations[0].name = 'Piratée')),
      'backup.errors.checksum'
    ],
    [
      'holding an invalid record',
      (t: string) =>
        tampered(t, (j) => ((j.tables as BackupTables).contacts[3].email = 'pas un courriel'), true),
      'backup.errors.invalidRecord'
    ]
  ])('%s', async (_name, damage, key) => {
    const damaged = await damage(text)
    await expect(parseBackup(damaged, LATEST_VERSION)).rejects.toMatchObject({ key })
  })

  it('names the table, record and field of an invalid record', async () => {
    const damaged = await tampered(text, (j) => ((j.tables as BackupTables).contacts[3].email = 'x'), true)
    await expect(parseBackup(damaged, LATEST_VERSION)).rejects.toMatchObject({
      params: { table: 'contacts', row: 4, field: 'email' }
    })
  })
})

describe('backup before a schema upgrade', () => {
  it('saves the old version’s data, then lets the upgrade run; that backup restores up to date', async () => {
    const name = `relais-guard-${crypto.randomUUID()}`
    await writeAtVersion1(name)
    const save = vi.fn(async () => undefined)
    expect(await backupBeforeUpgrade(name, LATEST_VERSION, save, { appVersion: '0.2.0' })).toBe(true)
    const [content, fromVersion] = save.mock.calls[0] as unknown as [Uint8Array, number]
    expect(fromVersion).toBe(1)
    expect(JSON.parse(new TextDecoder().decode(content))).toMatchObject({
      format: 'relais-backup',
      schemaVersion: 1,
      appVersion: '0.2.0'
    })
    expect(await storedSchemaVersion(name)).toBe(1)

    // the backup holds the data as version 1 stored it, and restoring it runs version 2's upgrade
    const backup = await parseBackup(content, LATEST_VERSION)
    expect(byKey(backup.tables)).toEqual(byKey(v1Workspace()))
    await freshDatabase()
    await replaceAllTables(backup.tables, backup.schemaVersion)
    expect(byKey(await readAllTables())).toEqual(byKey(v1WorkspaceUpgraded()))
  })

  it('does nothing for a database already at the version, or none at all (and creates none)', async () => {
    const save = vi.fn(async () => undefined)
    const database = await freshDatabase()
    database.close()
    expect(await backupBeforeUpgrade(database.name, LATEST_VERSION, save, { appVersion: 'x' })).toBe(false)
    const missing = `relais-none-${crypto.randomUUID()}`
    expect(await backupBeforeUpgrade(missing, LATEST_VERSION, save, { appVersion: 'x' })).toBe(false)
    expect(await Dexie.exists(missing)).toBe(false)
    expect(save).not.toHaveBeenCalled()
  })

  it('stops the upgrade when the backup cannot be saved', async () => {
    const name = `relais-guard-${crypto.randomUUID()}`
    const old = new Dexie(name)
    applyMigrations(old, 1)
    await old.open()
    old.close()
    const save = vi.fn(async () => Promise.reject(new Error('disk full')))
    await expect(backupBeforeUpgrade(name, LATEST_VERSION, save, { appVersion: 'x' })).rejects.toThrow(
      'disk full'
    )
  })
})
