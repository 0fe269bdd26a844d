// The limit a backup is written under is the limit a restore accepts: checked with a 1 MB limit,
// so that files on either side of it stay small.
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_TABLES, encodeBackup, parseBackup, type BackupTables } from '@shared/backup/format'

vi.mock('@shared/backup/limits', async (original) => ({
  ...(await original<object>()),
  MAX_BACKUP_MEGABYTES: 1,
  MAX_BACKUP_BYTES: 1024 * 1024
}))

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: 2 }

/** A backup whose only setting holds `size` characters of text. */
function tablesOf(size: number): BackupTables {
  const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables
  return { ...empty, settings: [{ key: 'note', value: 'é'.repeat(size / 2) }] }
}

describe('one limit for writing and restoring a backup', () => {
  it('restores a file written just under the limit', async () => {
    // 'é' is 2 bytes: 1,040,000 bytes of text plus the envelope, under 1,048,576
    const file = await encodeBackup(tablesOf(1_040_000), META)
    expect(file.byteLength).toBeLessThanOrEqual(1024 * 1024)
    expect(file.byteLength).toBeGreaterThan(1_040_000)
    const backup = await parseBackup(file, 2)
    expect(backup.tables.settings[0].value).toHaveLength(520_000)
  })

  it('refuses to write past the limit, saying the limit, and refuses to read past it the same way', async () => {
    await expect(encodeBackup(tablesOf(1_050_000), META)).rejects.toMatchObject({
      key: 'backup.errors.tooLarge',
      params: { maxMegabytes: 1 }
    })
    await expect(parseBackup(new Uint8Array(1024 * 1024 + 1), 2)).rejects.toMatchObject({
      key: 'backup.errors.tooLarge',
      params: { maxMegabytes: 1 }
    })
  })
})
