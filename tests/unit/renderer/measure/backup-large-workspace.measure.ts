// Times the backups of the large workspace (138,300 records): the quit backup as the renderer
// writes it (read every table, encode the file), and a restore of that file (read it, check it,
// replace every table). Prints the figures; checks that the restore gives back every record.
import { expect, it } from 'vitest'
import { parseBackup, encodeBackup } from '@shared/backup/format'
import { generateWorkspace } from '@shared/demo'
import { countAllTables, readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { freshDatabase } from '../../../fixtures/database'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: 'bench', schemaVersion: LATEST_VERSION }

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await work()
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`)
  return result
}

it('backs up and restores the large workspace', async () => {
  await freshDatabase()
  await loadWorkspace(generateWorkspace({ size: 'large', now: new Date('2026-11-25T14:30:00Z') }), {
    validate: false
  })
  const counts = await countAllTables()
  const tables = await timed('quit backup: read every table', () => readAllTables())
  const file = await timed('quit backup: encode the file', () => encodeBackup(tables, META))
  console.log(`backup file: ${(file.byteLength / 1_000_000).toFixed(1)} MB`)
  const backup = await timed('restore: read and check the file', () => parseBackup(file, LATEST_VERSION))
  await freshDatabase()
  await timed('restore: replace every table', () => replaceAllTables(backup.tables))
  expect(await countAllTables()).toEqual(counts)
})
