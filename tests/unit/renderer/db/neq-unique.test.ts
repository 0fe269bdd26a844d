// One NEQ, one live company, on every write path: create, edit, restore from the Trash, import
// (its creations and its « Compléter » merges). A backup restore: backup-integrity.test.ts.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseCsvCells } from '@shared/import/csv'
import { guessMapping } from '@shared/import/fields'
import { planImport } from '@shared/import/plan'
import { readRows } from '@shared/import/rows'
import { ValidationError } from '@shared/errors'
import type { RelaisDatabase } from '@renderer/db/schema'
import { applyImportPlan, loadImportIndex } from '@renderer/db/repositories/importRecords'
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { restoreTrashItem } from '@renderer/db/repositories/trash'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'

const NEQ = '1170000001'
let database: RelaisDatabase
beforeEach(async () => {
  database = await freshDatabase()
})

const neqTaken = { issues: [{ path: 'neq', key: 'validation.neqTaken' }] }

describe('a NEQ another live company holds is refused', () => {
  it('when creating a company', async () => {
    await createOrganization(makeOrganization({ name: 'Nordik', neq: NEQ }))
    const error = await createOrganization(makeOrganization({ name: 'Copie', neq: NEQ })).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(error).toMatchObject(neqTaken)
    expect((await listOrganizations()).map((o) => o.name)).toEqual(['Nordik'])
  })

  it('when editing a company, which keeps its NEQ', async () => {
    await createOrganization(makeOrganization({ name: 'Nordik', neq: NEQ }))
    const other = await createOrganization(makeOrganization({ name: 'Boréal', neq: '' }))
    await expect(updateOrganization(other.id, { neq: NEQ })).rejects.toMatchObject(neqTaken)
    expect((await database.organizations.get(other.id))?.neq).toBe('')
  })

  it('when restoring from the Trash a company whose NEQ was taken meanwhile; it stays in the Trash', async () => {
    const old = await createOrganization(makeOrganization({ name: 'Ancienne', neq: NEQ }))
    await deleteOrganization(old.id)
    await createOrganization(makeOrganization({ name: 'Nouvelle', neq: NEQ }))
    await expect(restoreTrashItem('organization', old.id)).rejects.toMatchObject(neqTaken)
    expect((await database.organizations.get(old.id))?.deletedAt).not.toBeNull()
  })

  it('when an import’s « Compléter » merges would give two companies one NEQ; nothing is imported', async () => {
    const boreal = await createOrganization(makeOrganization({ name: 'Boréal', neq: '' }))
    const alpha = await createOrganization(makeOrganization({ name: 'Alpha', neq: '' }))
    // Each row matches its company by name and fills its blank NEQ with the same number
    const csv = `Entreprise;NEQ;Ville\nBoréal;${NEQ};Alma\nAlpha;${NEQ};Roberval\nNouvelle venue;;Dolbeau\n`
    const { rows: cells } = parseCsvCells(csv)
    const { rows } = readRows(cells, guessMapping(cells[0]))
    const plan = planImport(rows, await loadImportIndex(), new Map(), 'merge')
    const error = await applyImportPlan(plan).catch((e: unknown) => e)
    expect(error).toMatchObject({ key: 'import.errors.neqTaken', params: { neq: NEQ } })
    expect(['Boréal', 'Alpha']).toContain((error as { params: { name: string } }).params.name)
    expect(await database.organizations.get(boreal.id)).toMatchObject({ neq: '', city: 'Saguenay' })
    expect(await database.organizations.get(alpha.id)).toMatchObject({ neq: '', city: 'Saguenay' })
    expect(await database.organizations.count()).toBe(2)
  })
})

describe('companies that already share a NEQ (older versions let a merge do it)', () => {
  it('stay editable as long as the edit leaves the NEQ alone', async () => {
    const a = await createOrganization(makeOrganization({ name: 'A', neq: NEQ }))
    const b = await createOrganization(makeOrganization({ name: 'B', neq: '' }))
    await database.organizations.update(b.id, { neq: NEQ })
    expect((await updateOrganization(a.id, { city: 'Alma' })).city).toBe('Alma')
  })
})
