// Each file keeps a copy of its company's name and region (Opportunity.organization: null while
// the company is in the Trash) so that the board reads the files alone. After every kind of write
// the copies must equal a full recount from the companies, and a copy is not an edit of the file.
import { beforeEach, describe, expect, it } from 'vitest'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { applyImportPlan, loadImportIndex } from '@renderer/db/repositories/importRecords'
import { mergeOrganizations, undoMerge } from '@renderer/db/repositories/merge'
import {
  createOpportunity,
  deleteOpportunity,
  moveToStage,
  restoreOpportunity,
  undoStageMove,
  updateOpportunity
} from '@renderer/db/repositories/opportunities'
import {
  createOrganization,
  deleteOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { restoreTrashItem } from '@renderer/db/repositories/trash'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { db } from '@renderer/db/schema'
import { parseCsvCells } from '@shared/import/csv'
import { guessMapping } from '@shared/import/fields'
import { planImport } from '@shared/import/plan'
import { readRows } from '@shared/import/rows'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { opportunity, organization } from '../../../fixtures/records'

const NOTE = { date: '2026-12-03', heading: 'Fusionné depuis Alumitek Inc.' }

/** What each file should show, recounted from the companies table, without the repositories. */
async function recount() {
  const companies = new Map((await db().organizations.toArray()).map((o) => [o.id, o]))
  const files = await db().opportunities.toArray()
  return Object.fromEntries(
    files.map((f) => {
      const company = companies.get(f.organizationId)
      return [f.id, company?.deletedAt === null ? { name: company.name, region: company.region } : null]
    })
  )
}

async function copies() {
  return Object.fromEntries((await db().opportunities.toArray()).map((f) => [f.id, f.organization]))
}

async function expectExact() {
  expect(await copies()).toEqual(await recount())
}

const copyOf = async (id: string) => (await db().opportunities.get(id))?.organization
const newFile = (organizationId: string, title = 'Prêt') =>
  createOpportunity({ organizationId, title, requestedCents: 100 })

let alumitek = ''
let boreal = ''

beforeEach(async () => {
  await freshDatabase()
  alumitek = (await createOrganization(makeOrganization({ name: 'Alumitek', region: '02' }))).id
  boreal = (await createOrganization(makeOrganization({ name: 'Boréal', region: '09' }))).id
})

describe('a file’s copy of its company', () => {
  it('is taken from the company on create and edit, never from the caller', async () => {
    const file = await newFile(alumitek)
    expect(file.organization).toEqual({ name: 'Alumitek', region: '02' })
    const forged = { organization: { name: 'Faux', region: null } } as object
    await updateOpportunity(file.id, { organizationId: boreal, ...forged })
    expect(await copyOf(file.id)).toEqual({ name: 'Boréal', region: '09' })
    await expectExact()
    const move = await moveToStage(file.id, 'first-meeting')
    await undoStageMove(move!)
    await expectExact()
  })

  it('follows a rename and a region edit without changing the files’ revision or updatedAt', async () => {
    const file = await newFile(alumitek)
    const trashed = await newFile(alumitek, 'Au rebut')
    await deleteOpportunity(trashed.id)
    const [before, trashedBefore] = await db().opportunities.bulkGet([file.id, trashed.id])
    await updateOrganization(alumitek, { name: 'Alumitek Québec' })
    await updateOrganization(alumitek, { region: '03' })
    expect(await copyOf(file.id)).toEqual({ name: 'Alumitek Québec', region: '03' })
    await expectExact()
    const [after, trashedAfter] = await db().opportunities.bulkGet([file.id, trashed.id])
    expect([after?.revision, after?.updatedAt]).toEqual([before?.revision, before?.updatedAt])
    expect([trashedAfter?.revision, trashedAfter?.updatedAt]).toEqual([
      trashedBefore?.revision,
      trashedBefore?.updatedAt
    ])
    // a form opened on the file before the rename still saves
    await updateOpportunity(file.id, { title: 'Prêt révisé' }, before?.revision)
    await restoreOpportunity(trashed.id)
    expect(await copyOf(trashed.id)).toEqual({ name: 'Alumitek Québec', region: '03' })
  })

  it('is null while the company is in the Trash, as the board showed no name, and back on restore', async () => {
    const file = await newFile(alumitek)
    await deleteOrganization(alumitek)
    expect(await copyOf(file.id)).toBeNull()
    await expectExact()
    await restoreTrashItem('organization', alumitek)
    expect(await copyOf(file.id)).toEqual({ name: 'Alumitek', region: '02' })
    await expectExact()
  })

  it('follows a merge (files moved, the kept company renamed) and its undo', async () => {
    const own = await newFile(boreal, 'Du gardé')
    const moved = await newFile(alumitek, 'De l’autre')
    const choices = { name: 'other', region: 'other' } as Parameters<typeof mergeOrganizations>[2]
    const snapshot = await mergeOrganizations(boreal, alumitek, choices, NOTE)
    expect(await copyOf(own.id)).toEqual({ name: 'Alumitek', region: '02' })
    expect(await copyOf(moved.id)).toEqual({ name: 'Alumitek', region: '02' })
    await expectExact()
    await undoMerge(snapshot)
    expect(await copyOf(own.id)).toEqual({ name: 'Boréal', region: '09' })
    expect(await copyOf(moved.id)).toEqual({ name: 'Alumitek', region: '02' })
    await expectExact()
  })

  it('follows an import’s « Compléter » that gives a company its region', async () => {
    const blank = await createOrganization(makeOrganization({ name: 'Sans région', region: null }))
    const file = await newFile(blank.id)
    const { rows: cells } = parseCsvCells('Entreprise;Région\nSans région;03\n')
    const { rows } = readRows(cells, guessMapping(cells[0]))
    await applyImportPlan(planImport(rows, await loadImportIndex(), new Map(), 'merge'))
    expect(await copyOf(file.id)).toEqual({ name: 'Sans région', region: '03' })
    await expectExact()
  })

  it('is left out of backups and made again from the restored companies', async () => {
    const file = await newFile(alumitek)
    const backup = await readAllTables()
    expect(backup.opportunities.map((f) => 'organization' in f)).toEqual([false])
    backup.organizations = backup.organizations.map((o) =>
      o.id === alumitek ? { ...o, name: 'Alumitek 2025' } : o
    )
    await freshDatabase()
    await replaceAllTables(backup)
    expect(await copyOf(file.id)).toEqual({ name: 'Alumitek 2025', region: '02' })
    await expectExact()
  })

  it('is made by a workspace load (the demo, the benchmark), a company in the Trash giving none', async () => {
    await freshDatabase()
    const trashed = { deletedAt: '2026-11-01T12:00:00.000Z' }
    await loadWorkspace({
      organizations: [
        organization({ id: 'o-1', name: 'Nordik', region: '02' }),
        organization({ id: 'o-2', name: 'Gone', ...trashed })
      ],
      contacts: [],
      opportunities: [
        opportunity({ id: 'f-1', organizationId: 'o-1' }),
        opportunity({ id: 'f-2', organizationId: 'o-2' })
      ],
      stageChanges: [],
      interactions: [],
      followUps: [],
      events: [],
      introductions: []
    })
    expect(await copies()).toEqual({ 'f-1': { name: 'Nordik', region: '02' }, 'f-2': null })
  })
})
