// The board reads a copy of each live file's board fields (boardCards) that the database keeps in
// every write of a file. After every kind of write the copies must equal a recount from the files,
// a write that fails leaves them as they were, and an older database gets them on its upgrade.
import { beforeEach, describe, expect, it } from 'vitest'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
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
import { purgeTrashItem } from '@renderer/db/repositories/trash'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { db, RelaisDatabase } from '@renderer/db/schema'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { opportunity, organization } from '../../../fixtures/records'
import { writeAtVersion1 } from '../../../fixtures/v1-database'

/** The fields the board shows or needs to move a card, as the design lists them. */
const FIELDS = [
  'id',
  'organizationId',
  'title',
  'stageId',
  'requestedCents',
  'authorizedCents',
  'probability',
  'stageEnteredAt',
  'updatedAt',
  'outcome',
  'lostReason',
  'organization'
] as const

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)

/** The cards recounted from the live files, without the database's own copy. */
async function recount(database: RelaisDatabase = db()) {
  const live = (await database.opportunities.toArray()).filter((file) => file.deletedAt === null)
  return live
    .map((file) => ({
      id: file.id,
      ...Object.fromEntries(FIELDS.map((field) => [field, file[field] ?? null]))
    }))
    .sort(byId)
}

async function expectExact(database: RelaisDatabase = db()) {
  expect((await database.boardCards.toArray()).sort(byId)).toEqual(await recount(database))
}

const titles = async () => (await db().boardCards.toArray()).map((card) => card.title).sort()

let alumitek = ''
let boreal = ''

beforeEach(async () => {
  await freshDatabase()
  alumitek = (await createOrganization(makeOrganization({ name: 'Alumitek', region: '02' }))).id
  boreal = (await createOrganization(makeOrganization({ name: 'Boréal', region: '09' }))).id
})

describe('the board’s cards', () => {
  it('follow a file’s create, edit, stage move and its undo', async () => {
    const file = await createOpportunity({ organizationId: alumitek, title: 'Prêt', requestedCents: 100 })
    expect(await titles()).toEqual(['Prêt'])
    await updateOpportunity(file.id, { title: 'Prêt révisé', authorizedCents: 90 })
    await expectExact()
    const move = await moveToStage(file.id, 'first-meeting')
    expect((await db().boardCards.get(file.id))?.stageId).toBe('first-meeting')
    await undoStageMove(move!)
    await expectExact()
  })

  it('leave a file in the Trash out, take it back on restore, and forget it once purged', async () => {
    const kept = await createOpportunity({ organizationId: alumitek, title: 'Gardé' })
    const trashed = await createOpportunity({ organizationId: boreal, title: 'Au rebut' })
    await deleteOpportunity(trashed.id)
    expect(await titles()).toEqual(['Gardé'])
    await restoreOpportunity(trashed.id)
    expect(await titles()).toEqual(['Au rebut', 'Gardé'])
    await deleteOpportunity(kept.id)
    await purgeTrashItem('opportunity', kept.id)
    expect(await titles()).toEqual(['Au rebut'])
    await expectExact()
  })

  it('follow the company’s name on the files: a rename, the Trash, a merge and its undo', async () => {
    const own = await createOpportunity({ organizationId: boreal, title: 'Du gardé' })
    await createOpportunity({ organizationId: alumitek, title: 'De l’autre' })
    await updateOrganization(alumitek, { name: 'Alumitek Québec' })
    await expectExact()
    await deleteOrganization(boreal)
    expect((await db().boardCards.get(own.id))?.organization).toBeNull()
    await expectExact()
    const choices = { name: 'other', region: 'other' } as Parameters<typeof mergeOrganizations>[2]
    const other = (await createOrganization(makeOrganization({ name: 'Nordik', region: '03' }))).id
    const snapshot = await mergeOrganizations(other, alumitek, choices, {
      date: '2026-12-05',
      heading: 'Fusionné'
    })
    await expectExact()
    await undoMerge(snapshot)
    await expectExact()
  })

  it('are made again by a backup’s restore, which holds none, and by a workspace load added to it', async () => {
    await createOpportunity({ organizationId: alumitek, title: 'Sauvegardé' })
    const backup = await readAllTables()
    expect(Object.keys(backup)).not.toContain('boardCards')
    await createOpportunity({ organizationId: alumitek, title: 'Après la sauvegarde' })
    await replaceAllTables(backup)
    expect(await titles()).toEqual(['Sauvegardé'])
    await expectExact()
    await loadWorkspace({
      organizations: [organization({ id: 'o-1', name: 'Nordik', region: '02' })],
      contacts: [],
      opportunities: [
        opportunity({ id: 'f-1', organizationId: 'o-1', title: 'Chargé' }),
        opportunity({
          id: 'f-2',
          organizationId: 'o-1',
          title: 'Jeté',
          deletedAt: '2026-11-01T12:00:00.000Z'
        })
      ],
      stageChanges: [],
      interactions: [],
      followUps: [],
      events: [],
      introductions: []
    })
    expect(await titles()).toEqual(['Chargé', 'Sauvegardé'])
    await expectExact()
  })

  it('are not written by a write of a file that fails', async () => {
    const file = await createOpportunity({ organizationId: alumitek, title: 'Avant' })
    const failing = db().transaction('rw', db().opportunities, async () => {
      await db().opportunities.update(file.id, { title: 'Jamais' })
      await db().opportunities.add(opportunity({ id: 'f-new', organizationId: alumitek }))
      throw new Error('refused')
    })
    await expect(failing).rejects.toThrow('refused')
    expect(await titles()).toEqual(['Avant'])
  })

  it('are filled from the files when an older database is upgraded', async () => {
    const name = `m-${crypto.randomUUID()}`
    await writeAtVersion1(name)
    const database = new RelaisDatabase(name)
    await database.open()
    expect((await database.boardCards.toArray()).map((card) => card.id)).toEqual(['opp-1'])
    await expectExact(database)
    database.close()
  })
})
