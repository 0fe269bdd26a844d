// A backup over 100 MB, written and restored: the restore once refused files past 100 MB while
// backups could be written up to 400 M characters. Read back from bytes, record by record.
import { describe, expect, it } from 'vitest'
import { encodeBackup, parseBackup, type BackupTables } from '@shared/backup/format'
import { BACKUP_TABLES } from '@shared/backup/format'
import { buildOrganization } from '@renderer/db/repositories/organizations'
import { LATEST_VERSION } from '@renderer/db/migrations'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: LATEST_VERSION }
// 45 characters, 9 of them outside ASCII (2 to 4 bytes in UTF-8)
const SENTENCE = 'Éloïse a présenté le prêt « Innovation » 🎉. '

function bigTables(): BackupTables {
  const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables
  const notes = SENTENCE.repeat(1_900) // about 95,000 characters, under the 100,000 a note may hold
  const organizations = Array.from({ length: 1_100 }, (_, i) =>
    buildOrganization({ name: `Entreprise ${i + 1}`, kind: 'company', notes }, '2026-11-25T14:30:00.000Z')
  )
  return { ...empty, organizations }
}

describe('a backup larger than 100 MB', () => {
  it('is written and restored whole, accents and emoji included', async () => {
    const tables = bigTables()
    const file = await encodeBackup(tables, META)
    expect(file.byteLength).toBeGreaterThan(100 * 1024 * 1024)
    const backup = await parseBackup(file, LATEST_VERSION)
    expect(backup.tables.organizations).toHaveLength(1_100)
    expect(backup.tables.organizations[1_099].name).toBe('Entreprise 1100')
    expect(backup.tables.organizations[0].notes.slice(0, 45)).toBe(SENTENCE)
    expect(backup.tables.organizations).toEqual(tables.organizations)
    expect(backup.absentTables).toEqual([])
  }, 180_000)
})
