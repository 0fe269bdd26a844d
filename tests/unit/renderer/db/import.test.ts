import { describe, expect, it } from 'vitest'
import { parseCsvCells } from '@shared/import/csv'
import { guessMapping } from '@shared/import/fields'
import { planImport, type DuplicateChoice } from '@shared/import/plan'
import { readRows } from '@shared/import/rows'
import { applyImportPlan, loadImportIndex } from '@renderer/db/repositories/importRecords'
import { createContact, listContacts } from '@renderer/db/repositories/contacts'
import { createOrganization, listOrganizations } from '@renderer/db/repositories/organizations'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

async function planFor(csv: string, choice: DuplicateChoice = 'skip') {
  const { rows: cells } = parseCsvCells(csv)
  const { rows } = readRows(cells, guessMapping(cells[0]))
  return planImport(rows, await loadImportIndex(), new Map(), choice)
}

describe('writing an import', () => {
  // 10,000 records through fake-indexeddb: seconds when the machine is busy
  it(
    'writes 4,990 valid rows of 5,000 in one go, each contact linked to its company',
    { timeout: 60_000 },
    async () => {
      const database = await freshDatabase()
      const lines = ['Entreprise;NEQ;Prénom;Courriel']
      for (let i = 1; i <= 5000; i++) {
        const email = i % 500 === 0 ? 'invalide' : `p${i}@exemple.ca`
        lines.push(`Entreprise ${i};${1_100_000_000 + i};Prénom ${i};${email}`)
      }
      const outcome = await applyImportPlan(await planFor(lines.join('\n')))
      expect(outcome).toEqual({
        organizationsCreated: 4990,
        organizationsMerged: 0,
        contactsCreated: 4990,
        contactsMerged: 0
      })
      expect(await database.organizations.count()).toBe(4990)
      const contact = await database.contacts.where('email').equals('p42@exemple.ca').first()
      const company = await database.organizations.get(contact!.organizationId!)
      expect(company?.name).toBe('Entreprise 42')
    }
  )

  it('merges into existing records: fills blanks, keeps what was there, attaches new people', async () => {
    await freshDatabase()
    const nordik = await createOrganization(
      makeOrganization({ name: 'Nordik Technologies inc.', city: '', neq: '1170000001' })
    )
    await createContact(makeContact({ phone: '', email: 'eloise.tremblay@nordik.ca', organizationId: null }))
    const csv = [
      'Entreprise;NEQ;Ville;Prénom;Nom;Courriel;Téléphone',
      'NORDIK TECHNOLOGIES;;Saguenay;Éloïse;Tremblay;Eloise.Tremblay@nordik.ca;418 555-0100',
      'Nordik Technologies;;;Marc;Gagnon;marc@nordik.ca;'
    ].join('\n')
    const outcome = await applyImportPlan(await planFor(csv, 'merge'))
    expect(outcome).toEqual({
      organizationsCreated: 0,
      organizationsMerged: 1,
      contactsCreated: 1,
      contactsMerged: 1
    })
    const [org] = await listOrganizations()
    expect(org).toMatchObject({
      id: nordik.id,
      name: 'Nordik Technologies inc.',
      city: 'Saguenay',
      neq: '1170000001'
    })
    const people = await listContacts()
    expect(people.find((c) => c.firstName === 'Éloïse')).toMatchObject({
      phone: '418 555-0100',
      organizationId: nordik.id
    })
    expect(people.find((c) => c.firstName === 'Marc')?.organizationId).toBe(nordik.id)
  })

  it('writes nothing at all when one record is refused at write time', async () => {
    const database = await freshDatabase()
    const plan = await planFor('Entreprise;NEQ\nA;1100000001\nB;1100000002\nC;1100000003\n')
    // Someone created a company with C's NEQ after the preview
    await createOrganization(makeOrganization({ name: 'Arrivée entre-temps', neq: '1100000003' }))
    await expect(applyImportPlan(plan)).rejects.toMatchObject({
      key: 'import.errors.neqTaken',
      params: { neq: '1100000003' }
    })
    expect(await database.organizations.count()).toBe(1)
  })

  it('reports its progress chunk by chunk, and still keeps nothing when a late step fails', async () => {
    const database = await freshDatabase()
    const eloise = await createContact(
      makeContact({
        firstName: 'Éloïse',
        lastName: 'Tremblay',
        email: 'eloise@nordik.ca',
        organizationId: null
      })
    )
    const lines = ['Entreprise;Prénom;Nom;Courriel', ';Éloïse;Tremblay;eloise@nordik.ca']
    for (let i = 1; i <= 1500; i++) lines.push(`Entreprise ${i};Prénom;Nom ${i};p${i}@exemple.ca`)
    const plan = await planFor(lines.join('\n'), 'merge')
    const seen: { written: number; total: number }[] = []
    // Éloïse is deleted after the preview: her merge, the very last step, fails
    await database.contacts.delete(eloise.id)
    await expect(applyImportPlan(plan, (p) => seen.push(p))).rejects.toMatchObject({
      key: 'import.errors.changedMeanwhile'
    })
    expect(seen.map((p) => p.written)).toEqual([0, 1000, 1500, 2500, 3000])
    expect(seen.every((p) => p.total === 3001)).toBe(true)
    expect(await database.organizations.count()).toBe(0)
    expect(await database.contacts.count()).toBe(0)
  })
})
