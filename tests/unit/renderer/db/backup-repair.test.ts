// The officer's own backups restore even when an older version wrote what today's rules refuse:
// links to records purged before purging cut them (cut, and counted in the confirmation), a website
// without a dot (moved to the notes), two live companies with one NEQ (kept, and named).
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '@shared/backup/format'
import { checkIntegrity, unresolvedLinks } from '@shared/backup/integrity'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { createContact } from '@renderer/db/repositories/contacts'
import { listOrganizationPairs } from '@renderer/db/repositories/duplicates'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
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
  it('backs up and restores both, names them, and « Doublons possibles » shows the pair', async () => {
    const database = await freshDatabase()
    const alpha = await createOrganization(makeOrganization({ name: 'Alpha', neq: '1234567890' }))
    const beta = await createOrganization(makeOrganization({ name: 'Bêta' }))
    await database.organizations.update(beta.id, { neq: '1234567890' })

    const { backup, restored } = await backupAndRestore()
    // Records come in id order (random ids): either may be named first
    expect(backup.repairs.sharedNeqs).toHaveLength(1)
    const [{ neq, holder, taker }] = backup.repairs.sharedNeqs
    expect({ neq, names: [holder, taker].sort() }).toEqual({ neq: '1234567890', names: ['Alpha', 'Bêta'] })
    expect(restored.organizations.map((o) => o.name).sort()).toEqual(['Alpha', 'Bêta'])
    const pairs = await listOrganizationPairs()
    expect(pairs).toHaveLength(1)
    expect(pairs[0].reasons).toContain('neq')
    // Both stay editable while the NEQ is left as it is
    await expect(updateOrganization(beta.id, { city: 'Alma' })).resolves.toMatchObject({ city: 'Alma' })
    expect(alpha.neq).toBe('1234567890')
  })
})
