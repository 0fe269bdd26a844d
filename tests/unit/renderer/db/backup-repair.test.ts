// The officer's own backups restore even when an older version wrote what today's rules refuse:
// links to records purged before purging cut them (cut, and counted in the confirmation), a website
// without a dot (moved to the notes), two live companies with one NEQ (kept by the one created
// first, moved into the other's notes, and named).
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '@shared/backup/format'
import { checkIntegrity, unresolvedLinks } from '@shared/backup/integrity'
import { TABLES } from '@shared/db/tables'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { createContact } from '@renderer/db/repositories/contacts'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { NeqTakenError } from '@renderer/db/repositories/neq'
import { createOrganization, updateOrganization } from '@renderer/db/repositories/organizations'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { previewRestore } from '@renderer/features/backup/backupService'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

const META = { exportedAt: '2026-11-25T14:30:00.000Z', appVersion: '0.1.0', schemaVersion: LATEST_VERSION }

/** Writes the database as a backup, then restores that file into an empty database. */
async function backupAndRestore() {
  const file = await serializeBackup(await readAllTables(), META)
  const backup = await parseBackup(file, LATEST_VERSION)
  const preview = await previewRestore(backup)
  await freshDatabase()
  await replaceAllTables(backup.tables)
  return { backup, preview, restored: await readAllTables() }
}

describe('a backup written before purging cut links', () => {
  it('restores with the links to purged records cut, and the confirmation says how many', async () => {
    const database = await freshDatabase()
    const nordik = await createOrganization(makeOrganization({ name: 'Nordik' }))
    const eloise = await createContact(makeContact({ organizationId: nordik.id }))
    const marc = await createContact(makeContact({ firstName: 'Marc', email: 'marc@nordik.ca' }))
    const dinner = await createInteraction({
      title: 'Dîner',
      occurredAt: '2026-11-01T12:00:00.000Z',
      contactIds: [eloise.id, marc.id]
    })
    await createFollowUp({ title: 'Rappeler Marc', dueDate: '2026-12-01', contactId: marc.id })
    // The old purge: the record gone, the links to it left
    await database.contacts.delete(marc.id)

    const { preview, restored } = await backupAndRestore()
    expect(preview.unresolved.total).toBe(2)
    expect(preview.unresolved.links).toEqual([
      { table: 'interactions', label: 'Dîner', target: 'contact' },
      { table: 'followUps', label: 'Rappeler Marc', target: 'contact' }
    ])
    expect(restored.interactions.find((i) => i.id === dinner.id)?.contactIds).toEqual([eloise.id])
    expect(restored.followUps[0].contactId).toBeNull()
    expect(restored.followUps[0].title).toBe('Rappeler Marc')
    expect(unresolvedLinks(restored).total).toBe(0)
  })

  it('keeps a financing file whose company was purged, under a placeholder company in the Trash', async () => {
    const database = await freshDatabase()
    const nordik = await createOrganization(makeOrganization({ name: 'Nordik' }))
    const file = await createOpportunity({
      organizationId: nordik.id,
      title: 'Prêt ESSOR',
      requestedCents: 5_000_000
    })
    await database.organizations.delete(nordik.id)

    const { preview, restored } = await backupAndRestore()
    expect(preview.unresolved.total).toBe(1)
    expect(restored.opportunities).toMatchObject([
      { id: file.id, title: 'Prêt ESSOR', requestedCents: 5_000_000 }
    ])
    expect(restored.organizations).toMatchObject([
      { id: nordik.id, name: 'Entreprise supprimée / Deleted company', deletedAt: META.exportedAt }
    ])
  })

  it('is refused when a link still points to nothing after the repair (no file Relais writes does)', () => {
    const tables = { contacts: [{ id: 'c1', firstName: 'Léa', organizationId: 'gone' }], organizations: [] }
    expect(() => checkIntegrity(tables)).toThrow(
      expect.objectContaining({ key: 'backup.errors.unresolvedLink' })
    )
  })
})

describe('a backup holding a website the address rule now refuses', () => {
  it('restores, with the address kept at the end of the notes, and named in the confirmation', async () => {
    const database = await freshDatabase()
    const intranet = await createOrganization(
      makeOrganization({ name: 'Intranet Nordik', notes: 'Client depuis 2019' })
    )
    const other = await createOrganization(
      makeOrganization({ name: 'Alma Métal', website: 'https://almametal.ca' })
    )
    // Written by an older version, whose rule let it through
    await database.organizations.update(intranet.id, { website: 'http://intranet' })

    const { backup, restored } = await backupAndRestore()
    expect(backup.repairs.websites).toEqual([{ label: 'Intranet Nordik', website: 'http://intranet' }])
    expect(restored.organizations.find((o) => o.id === intranet.id)).toMatchObject({
      website: '',
      notes: 'Client depuis 2019\nhttp://intranet'
    })
    expect(restored.organizations.find((o) => o.id === other.id)?.website).toBe('https://almametal.ca')
  })
})

describe('a database that holds two live companies with one NEQ (an older merge)', () => {
  it('restores the NEQ on the company created first and moves it into the other one’s notes', async () => {
    const database = await freshDatabase()
    const copy = await createOrganization(
      makeOrganization({ name: 'Alumitek Saguenay', notes: 'Vu au 5 à 7' })
    )
    const alumitek = await createOrganization(makeOrganization({ name: 'Alumitek inc.', neq: '1234567890' }))
    // Written by an older merge: the copy, created later, was given the same NEQ
    await database.organizations.update(alumitek.id, { createdAt: '2025-03-01T12:00:00.000Z' })
    await database.organizations.update(copy.id, { neq: '1234567890', createdAt: '2026-06-01T12:00:00.000Z' })

    const { backup, restored } = await backupAndRestore()
    expect(backup.repairs.sharedNeqs).toEqual([
      { neq: '1234567890', holder: 'Alumitek inc.', taker: 'Alumitek Saguenay' }
    ])
    expect(restored.organizations.find((o) => o.id === alumitek.id)?.neq).toBe('1234567890')
    expect(restored.organizations.find((o) => o.id === copy.id)).toMatchObject({
      neq: '',
      notes:
        'Vu au 5 à 7\nNEQ 1234567890 retiré à la restauration\u00a0: déjà celui de «\u00a0Alumitek inc.\u00a0»'
    })
    // Both stay editable, and the rule holds on the next write as on every other
    await expect(updateOrganization(alumitek.id, { city: 'Alma' })).resolves.toMatchObject({ city: 'Alma' })
    await expect(updateOrganization(copy.id, { city: 'Jonquière' })).resolves.toMatchObject({
      city: 'Jonquière'
    })
    await expect(updateOrganization(copy.id, { neq: '1234567890' })).rejects.toBeInstanceOf(NeqTakenError)
  })

  it('writes the note in English, and gives a NEQ held by three companies to the first created only', async () => {
    const database = await freshDatabase()
    const names = ['Gamma', 'Alpha', 'Bêta']
    const [gamma, alpha, beta] = await Promise.all(
      names.map((name) => createOrganization(makeOrganization({ name })))
    )
    const at = (day: string) => `2026-0${day}-01T12:00:00.000Z`
    await database.organizations.update(alpha.id, { neq: '2234567890', createdAt: at('1') })
    await database.organizations.update(beta.id, { neq: '2234567890', createdAt: at('2') })
    await database.organizations.update(gamma.id, { neq: '2234567890', createdAt: at('3') })
    // A copy in the Trash keeps its NEQ, as the app allows
    const trashed = await createOrganization(makeOrganization({ name: 'Alpha (ancienne)' }))
    await database.organizations.update(trashed.id, {
      neq: '2234567890',
      deletedAt: '2026-11-01T12:00:00.000Z'
    })

    const file = await serializeBackup(await readAllTables(), META)
    const backup = await parseBackup(file, LATEST_VERSION, TABLES, 'en')
    const byId = new Map(backup.tables.organizations.map((o) => [o.id, o]))
    expect(byId.get(alpha.id)?.neq).toBe('2234567890')
    expect(byId.get(trashed.id)?.neq).toBe('2234567890')
    expect([byId.get(beta.id)?.neq, byId.get(gamma.id)?.neq]).toEqual(['', ''])
    expect(byId.get(gamma.id)?.notes).toBe('NEQ 2234567890 removed on restore: already held by “Alpha”')
    expect(backup.repairs.sharedNeqs.map((r) => r.taker).sort()).toEqual(['Bêta', 'Gamma'])
    expect(backup.repairs.sharedNeqs.every((r) => r.holder === 'Alpha')).toBe(true)
  })
})
