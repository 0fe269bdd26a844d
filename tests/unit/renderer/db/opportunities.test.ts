import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import {
  createOpportunity,
  deleteOpportunity,
  getOpportunity,
  listOpportunities,
  listStageChangesOf,
  moveToStage,
  undoStageMove,
  updateOpportunity,
  type NewOpportunity
} from '@renderer/db/repositories/opportunities'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { liveStageChanges, opportunityActivity, pipelineData } from '@renderer/db/repositories/pipeline'
import { getPipelineStages, savePipelineStages } from '@renderer/db/repositories/pipelineStages'
import { addCalendarDays, todayDate } from '@shared/domain/dates'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import { AppError, ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

let companyId = ''
let bankId = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization())).id
  bankId = (await createOrganization(makeOrganization({ name: 'Banque de développement', kind: 'funder' })))
    .id
})

const newFile = (overrides: Partial<NewOpportunity> = {}): NewOpportunity => ({
  organizationId: companyId,
  title: 'Prêt croissance',
  requestedCents: 25_000_000,
  ...overrides
})

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error
  )
}

describe('creating a financing file', () => {
  it('opens it today at the first open stage with that stage’s probability, and records the first stage change', async () => {
    const file = await createOpportunity(newFile({ funderIds: [bankId] }))
    expect(file).toMatchObject({
      stageId: 'lead',
      probability: 10,
      openedOn: todayDate(),
      outcome: null,
      closedAt: null,
      requestedCents: 25_000_000,
      funderIds: [bankId]
    })
    expect(await listStageChangesOf(file.id)).toEqual([
      {
        id: expect.any(String),
        opportunityId: file.id,
        fromStageId: null,
        toStageId: 'lead',
        at: file.stageEnteredAt
      }
    ])
  })

  it('refuses a close date before today, a negative amount, a missing company or partner, and stores nothing', async () => {
    const yesterday = addCalendarDays(todayDate(), -1)
    const cases: [Partial<NewOpportunity>, string, string][] = [
      [{ expectedCloseDate: yesterday }, 'expectedCloseDate', 'validation.closeBeforeOpened'],
      [{ requestedCents: -100 }, 'requestedCents', 'validation.amountNegative'],
      [{ organizationId: 'nope' }, 'organizationId', 'validation.organizationMissing'],
      [{ funderIds: ['nope'] }, 'funderIds', 'validation.partnerMissing'],
      [{ stageId: 'nope' }, 'stageId', 'validation.stageMissing']
    ]
    for (const [patch, path, key] of cases) {
      const error = await rejection(createOpportunity(newFile(patch)))
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toContainEqual({ path, key })
    }
    expect(await listOpportunities()).toEqual([])
    expect(await liveStageChanges([])).toEqual([])
  })

  it('refuses a primary contact in the Trash', async () => {
    const contact = await createContact(makeContact({ organizationId: companyId }))
    await deleteContact(contact.id)
    const error = await rejection(createOpportunity(newFile({ primaryContactId: contact.id })))
    expect((error as ValidationError).issues).toEqual([
      { path: 'primaryContactId', key: 'validation.contactMissing' }
    ])
  })
})

describe('moving a file between stages', () => {
  it('writes the file and a stage change together, with the stage’s probability unless overridden', async () => {
    const file = await createOpportunity(newFile())
    const move = await moveToStage(file.id, 'first-meeting')
    expect(move?.opportunity).toMatchObject({ stageId: 'first-meeting', probability: 20 })
    await moveToStage(file.id, 'application', { probability: 42 })
    expect(await getOpportunity(file.id)).toMatchObject({ stageId: 'application', probability: 42 })
    const history = await listStageChangesOf(file.id)
    expect(history.map((c) => [c.fromStageId, c.toStageId])).toEqual([
      [null, 'lead'],
      ['lead', 'first-meeting'],
      ['first-meeting', 'application']
    ])
    expect(new Set(history.map((c) => c.at)).size).toBe(3)
    expect((await getOpportunity(file.id))?.stageEnteredAt).toBe(history[2].at)
  })

  it('records nothing when the file is already at that stage', async () => {
    const file = await createOpportunity(newFile())
    expect(await moveToStage(file.id, 'lead')).toBeNull()
    expect(await listStageChangesOf(file.id)).toHaveLength(1)
  })

  it('closes a won file and refuses to move it back, changing nothing', async () => {
    const file = await createOpportunity(newFile())
    await moveToStage(file.id, 'disbursed')
    const won = await getOpportunity(file.id)
    expect(won).toMatchObject({ outcome: 'won', probability: 100, closedAt: won?.stageEnteredAt })
    const error = await rejection(moveToStage(file.id, 'approved'))
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).key).toBe('pipeline.errors.wonLocked')
    expect(await getOpportunity(file.id)).toEqual(won)
    expect(await listStageChangesOf(file.id)).toHaveLength(2)
  })

  it('needs a reason to lose a file, and keeps it', async () => {
    const file = await createOpportunity(newFile())
    const error = await rejection(moveToStage(file.id, 'lost'))
    expect((error as ValidationError).issues).toEqual([
      { path: 'lostReason', key: 'validation.lostReasonRequired' }
    ])
    expect(await listStageChangesOf(file.id)).toHaveLength(1)
    await moveToStage(file.id, 'lost', { lostReason: 'Financement obtenu ailleurs' })
    expect(await getOpportunity(file.id)).toMatchObject({
      outcome: 'lost',
      lostReason: 'Financement obtenu ailleurs',
      probability: 0
    })
  })

  it('undoes the last move without a trace, and refuses to undo an older one', async () => {
    const file = await createOpportunity(newFile())
    const before = await getOpportunity(file.id)
    const first = await moveToStage(file.id, 'disbursed')
    await undoStageMove(first!)
    expect(await getOpportunity(file.id)).toMatchObject({
      stageId: 'lead',
      outcome: null,
      closedAt: null,
      probability: 10,
      stageEnteredAt: before?.stageEnteredAt
    })
    expect(await listStageChangesOf(file.id)).toHaveLength(1)

    const a = await moveToStage(file.id, 'first-meeting')
    await moveToStage(file.id, 'application')
    expect(await rejection(undoStageMove(a!))).toMatchObject({ key: 'pipeline.errors.undoStale' })
    expect((await getOpportunity(file.id))?.stageId).toBe('application')
  })

  it('refuses to move a file in the Trash', async () => {
    const file = await createOpportunity(newFile())
    await deleteOpportunity(file.id)
    expect(await rejection(moveToStage(file.id, 'application'))).toMatchObject({ key: 'errors.notFound' })
  })
})

describe('editing a file', () => {
  it('changes its fields but never its stage or outcome, and checks the close date against the day it opened', async () => {
    const file = await createOpportunity(newFile())
    const updated = await updateOpportunity(file.id, {
      title: 'Prêt croissance — phase 2',
      authorizedCents: 20_000_000,
      probability: 15,
      funderIds: [bankId]
    })
    expect(updated).toMatchObject({ title: 'Prêt croissance — phase 2', stageId: 'lead', probability: 15 })
    const error = await rejection(
      updateOpportunity(file.id, { expectedCloseDate: addCalendarDays(file.openedOn, -1) })
    )
    expect((error as ValidationError).issues).toEqual([
      { path: 'expectedCloseDate', key: 'validation.closeBeforeOpened' }
    ])
    expect(await getOpportunity(file.id)).toEqual(updated)
  })

  it('refuses to empty a lost file’s reason, as a move to a lost stage does, and keeps the old one', async () => {
    const file = await createOpportunity(newFile())
    await moveToStage(file.id, 'lost', { lostReason: 'Projet abandonné' })
    const lost = await getOpportunity(file.id)
    for (const lostReason of ['', '   ']) {
      const error = await rejection(updateOpportunity(file.id, { lostReason, title: 'Autre titre' }))
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toEqual([
        { path: 'lostReason', key: 'validation.lostReasonRequired' }
      ])
    }
    expect(await getOpportunity(file.id)).toEqual(lost)
    const edited = await updateOpportunity(file.id, { lostReason: 'Financé par un autre prêteur' })
    expect(edited).toMatchObject({ outcome: 'lost', lostReason: 'Financé par un autre prêteur' })
  })

  it('lets an open file keep an empty reason', async () => {
    const file = await createOpportunity(newFile())
    expect(await updateOpportunity(file.id, { lostReason: '' })).toMatchObject({ lostReason: '' })
  })
})

describe('pipeline reads', () => {
  it('gives the live files with the companies and partners they name, and their stage changes', async () => {
    const file = await createOpportunity(newFile({ funderIds: [bankId] }))
    const gone = await createOpportunity(newFile({ title: 'Autre' }))
    await deleteOpportunity(gone.id)
    const data = await pipelineData()
    expect(data.files.map((f) => f.id)).toEqual([file.id])
    expect([...data.organizations.keys()].sort()).toEqual([companyId, bankId].sort())
    expect((await liveStageChanges(data.files)).map((c) => c.opportunityId)).toEqual([file.id])
    expect(await opportunityActivity(file.id)).toEqual({ interactions: [], followUps: [] })
  })

  it('names only the live companies and partners its files name, not the rest of the workspace', async () => {
    const partner = await createOrganization(makeOrganization({ name: 'Fonds régional', kind: 'funder' }))
    await createOrganization(makeOrganization({ name: 'Sans dossier inc.' }))
    await createOpportunity(newFile({ funderIds: [bankId, partner.id] }))
    await deleteOrganization(partner.id)
    const data = await pipelineData()
    expect([...data.organizations.values()].map((o) => o.name).sort()).toEqual([
      'Banque de développement',
      'Nordik Technologies'
    ])
  })
})

describe('pipeline stages', () => {
  it('renames and reorders without touching files', async () => {
    const file = await createOpportunity(newFile())
    const stages = await getPipelineStages()
    const renamed = stages.map((s) => (s.id === 'lead' ? { ...s, fr: 'Occasion', en: 'Opportunity' } : s))
    await savePipelineStages([...renamed].reverse())
    expect((await getPipelineStages())[0].id).toBe('on-hold')
    expect((await getPipelineStages()).find((s) => s.id === 'lead')?.fr).toBe('Occasion')
    expect(await getOpportunity(file.id)).toEqual(file)
  })

  it('refuses to remove a stage that holds files, even in the Trash, and removes an empty one', async () => {
    const file = await createOpportunity(newFile())
    await deleteOpportunity(file.id)
    const withoutLead = DEFAULT_PIPELINE_STAGES.filter((s) => s.id !== 'lead')
    expect(await rejection(savePipelineStages(withoutLead))).toMatchObject({
      key: 'pipeline.stages.inUse',
      params: { fr: 'Piste', count: 1 }
    })
    expect(await getPipelineStages()).toEqual(DEFAULT_PIPELINE_STAGES)
    await savePipelineStages(DEFAULT_PIPELINE_STAGES.filter((s) => s.id !== 'on-hold'))
    expect((await getPipelineStages()).map((s) => s.id)).not.toContain('on-hold')
  })

  it('refuses a list without an open stage', async () => {
    const closedOnly = DEFAULT_PIPELINE_STAGES.filter((s) => s.kind !== 'open')
    expect(await rejection(savePipelineStages(closedOnly))).toBeInstanceOf(ValidationError)
  })
})
