// A partial or inconsistent backup is refused or named: duplicate ids refused (the app never writes
// them), a NEQ two live companies share given to the first created, tables the file lacks named
// before they are emptied, links to records the file lacks named in the person's words.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseBackup, sha256Hex, type BackupTables } from '@shared/backup/format'
import { generateWorkspace } from '@shared/demo'
import { readAllTables } from '@renderer/db/repositories/backup'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { previewRestore } from '@renderer/features/backup/backupService'
import i18next from 'i18next'
import { catalogues } from '@renderer/i18n/catalogues'
import { freshDatabase } from '../../../fixtures/database'

/** A backup file holding exactly these tables (and no others), with a right checksum. */
async function fileWith(tables: Partial<BackupTables>): Promise<string> {
  const tablesJson = JSON.stringify(tables)
  const head = {
    format: 'relais-backup',
    version: 1,
    exportedAt: '2026-11-25T14:30:00.000Z',
    appVersion: '0.1.0',
    schemaVersion: LATEST_VERSION,
    checksum: await sha256Hex(tablesJson)
  }
  return `${JSON.stringify(head).slice(0, -1)},"tables":${tablesJson}}`
}

let current: BackupTables
beforeEach(async () => {
  await freshDatabase()
  await loadWorkspace(generateWorkspace({ size: 'demo', now: new Date('2026-11-25T14:30:00Z') }))
  current = await readAllTables()
})

describe('a backup whose records break the rules the app enforces', () => {
  it('is refused when two companies share an id (31 announced, 30 restored)', async () => {
    const organizations = [...current.organizations, { ...current.organizations[4], name: 'Copie' }]
    expect(organizations).toHaveLength(31)
    await expect(
      parseBackup(await fileWith({ ...current, organizations }), LATEST_VERSION)
    ).rejects.toMatchObject({
      key: 'backup.errors.duplicateId',
      params: { table: 'organizations', label: 'Copie' }
    })
    expect(await readAllTables()).toEqual(current)
  })

  it('keeps two live companies that share a NEQ (an older merge wrote them), the NEQ on the first created', async () => {
    const [a, b, ...rest] = current.organizations
    const organizations = [
      { ...a, name: 'Alpha', neq: '1234567890', createdAt: '2026-05-01T12:00:00.000Z' },
      { ...b, name: 'Bêta', neq: '1234567890', createdAt: '2026-04-01T12:00:00.000Z', notes: '' },
      ...rest
    ]
    const backup = await parseBackup(await fileWith({ ...current, organizations }), LATEST_VERSION)
    expect(backup.tables.organizations).toHaveLength(30)
    expect(backup.repairs.sharedNeqs).toEqual([{ neq: '1234567890', holder: 'Bêta', taker: 'Alpha' }])
    const [alpha, beta] = backup.tables.organizations
    expect([alpha.neq, beta.neq]).toEqual(['', '1234567890'])
    expect(
      alpha.notes.endsWith('NEQ 1234567890 retiré à la restauration\u00a0: déjà celui de «\u00a0Bêta\u00a0»')
    ).toBe(true)
  })

  it('accepts a NEQ shared with a company in the Trash, as the app does', async () => {
    const [a, b, ...rest] = current.organizations
    const trashed = { ...b, neq: '1234567890', deletedAt: '2026-11-20T10:00:00.000Z' }
    const organizations = [{ ...a, neq: '1234567890' }, trashed, ...rest]
    const backup = await parseBackup(await fileWith({ ...current, organizations }), LATEST_VERSION)
    expect(backup.tables.organizations).toHaveLength(30)
  })

  it('says the table and the record in the person’s words', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      resources: { fr: { translation: catalogues.fr } },
      lng: 'fr',
      interpolation: { escapeValue: false }
    })
    const text = i18n.t('backup.errors.duplicateId', { table: 'organizations', label: 'Copie' })
    expect(text).toContain('«\u00a0Entreprises\u00a0»')
    expect(text).toContain('«\u00a0Copie\u00a0»')
    expect(text).not.toContain('organizations')
  })
})

describe('a partial backup', () => {
  it('restores, but names each table it will empty with how many records it holds now', async () => {
    const file = await fileWith({ organizations: current.organizations })
    const backup = await parseBackup(file, LATEST_VERSION)
    expect(backup.absentTables).toContain('contacts')
    expect(backup.absentTables).not.toContain('organizations')
    const preview = await previewRestore(backup)
    const contacts = preview.emptied.find((e) => e.table === 'contacts')
    expect(contacts).toEqual({ table: 'contacts', current: current.contacts.length, absent: true })
    expect(preview.emptied.map((e) => e.table)).not.toContain('organizations')
  })

  it('names a contact whose company is not in the file', async () => {
    const contacts = current.contacts.filter((c) => c.organizationId !== null).slice(0, 1)
    const file = await fileWith({ ...current, organizations: [], contacts })
    const preview = await previewRestore(await parseBackup(file, LATEST_VERSION))
    expect(preview.unresolved.links).toContainEqual({
      table: 'contacts',
      label: `${contacts[0].firstName} ${contacts[0].lastName}`,
      target: 'organization'
    })
  })

  it('names nothing in a whole backup of the app’s own data', async () => {
    const preview = await previewRestore(await parseBackup(await fileWith(current), LATEST_VERSION))
    expect(preview.emptied).toEqual([])
    expect(preview.unresolved).toEqual({ links: [], total: 0 })
  })
})
