// Financing files. A file and its stage history are written together: creating a file records its
// first stage change (from nowhere), and every move writes the file and a stage change in ONE
// transaction, so the company timeline and the charts never miss a move.
import { todayDate } from '@shared/domain/dates'
import {
  closeDateIssue,
  enterStage,
  lostReasonIssue,
  nextChangeAt,
  stageFieldsOf
} from '@shared/domain/pipeline-moves'
import type { MoveOptions, StageFields } from '@shared/domain/pipeline-moves'
import { firstOpenStage } from '@shared/domain/pipeline-stages'
import { AppError, ValidationError } from '@shared/errors'
import {
  opportunityInputSchema,
  opportunitySchema,
  parseOrThrow,
  type Opportunity,
  type OpportunityInput,
  type PipelineStage,
  type StageChange
} from '@shared/schemas'
import { db } from '../schema'
import { shownOrganization, type ShownOrganization } from './fileOrganizations'
import {
  assertRevision,
  getOrThrow,
  isLive,
  newId,
  newMeta,
  restoreFromTrash,
  softDelete,
  liveRows
} from './records'
import { getSetting } from './settings'

/** A new file: the stage defaults to the first open one, the probability to the stage's. */
export type NewOpportunity = Omit<OpportunityInput, 'stageId' | 'probability' | 'outcome'> & {
  stageId?: string
  probability?: number
}

/** What an edit may change: the stage and the outcome move only through moveToStage. */
export type OpportunityPatch = Partial<Omit<OpportunityInput, 'stageId' | 'outcome'>>

export interface StageMove {
  opportunity: Opportunity
  change: StageChange
  /** The file's stage fields before the move, to undo it. */
  previous: StageFields
}

const writeTables = () => [db().opportunities, db().stageChanges, db().settings]
const linkTables = () => [db().organizations, db().contacts]

function stageOrThrow(stages: PipelineStage[], id: string | undefined): PipelineStage {
  const stage = id === undefined ? firstOpenStage(stages) : stages.find((s) => s.id === id)
  if (!stage) throw new ValidationError([{ path: 'stageId', key: 'validation.stageMissing' }])
  return stage
}

/**
 * The company, the primary contact and the partners must exist and not be in the Trash. Returns
 * the company's copy the file keeps (fileOrganizations.ts), read here, never taken from the input.
 */
async function assertLinksExist(
  file: Pick<Opportunity, 'organizationId' | 'primaryContactId' | 'funderIds'>
): Promise<ShownOrganization | null> {
  const [organization, contact, partners] = await Promise.all([
    db().organizations.get(file.organizationId),
    file.primaryContactId ? db().contacts.get(file.primaryContactId) : Promise.resolve(null),
    db().organizations.bulkGet(file.funderIds)
  ])
  const issues = [
    !isLive(organization) && { path: 'organizationId', key: 'validation.organizationMissing' },
    contact !== null && !isLive(contact) && { path: 'primaryContactId', key: 'validation.contactMissing' },
    !partners.every(isLive) && { path: 'funderIds', key: 'validation.partnerMissing' }
  ].filter((issue) => issue !== false)
  if (issues.length) throw new ValidationError(issues)
  return shownOrganization(organization)
}

/** Validate and build a file and its first stage change, without writing them. */
export function buildOpportunity(
  input: NewOpportunity,
  stages: PipelineStage[],
  now = new Date()
): { opportunity: Opportunity; change: StageChange } {
  const stage = stageOrThrow(stages, input.stageId)
  const parsed = parseOrThrow(opportunityInputSchema, {
    ...input,
    stageId: stage.id,
    probability: input.probability ?? stage.probability
  })
  const openedOn = todayDate(now)
  const issue = closeDateIssue(parsed.expectedCloseDate, openedOn)
  if (issue) throw new ValidationError([issue])
  const at = now.toISOString()
  const fields = enterStage({ outcome: null, lostReason: parsed.lostReason }, stage, at, {
    probability: parsed.probability
  })
  const opportunity = parseOrThrow(opportunitySchema, { ...parsed, ...newMeta(at), openedOn, ...fields })
  const change = { id: newId(), opportunityId: opportunity.id, fromStageId: null, toStageId: stage.id, at }
  return { opportunity, change }
}

export async function createOpportunity(input: NewOpportunity): Promise<Opportunity> {
  return db().transaction('rw', [...writeTables(), ...linkTables()], async () => {
    const { opportunity, change } = buildOpportunity(input, await getSetting('pipelineStages'))
    const file = { ...opportunity, organization: await assertLinksExist(opportunity) }
    await db().opportunities.add(file)
    await db().stageChanges.add(change)
    return file
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateOpportunity(
  id: string,
  patch: OpportunityPatch,
  expectedRevision?: number
): Promise<Opportunity> {
  return db().transaction('rw', [db().opportunities, ...linkTables()], async () => {
    const current = await getOrThrow(db().opportunities, id)
    assertRevision(current, expectedRevision)
    const parsed = parseOrThrow(opportunityInputSchema, { ...current, ...patch, stageId: current.stageId })
    const issues = [
      closeDateIssue(parsed.expectedCloseDate, current.openedOn),
      lostReasonIssue(current.outcome, parsed.lostReason)
    ].filter((issue) => issue !== null)
    if (issues.length) throw new ValidationError(issues)
    const next = parseOrThrow(opportunitySchema, {
      ...current,
      ...parsed,
      outcome: current.outcome,
      updatedAt: new Date().toISOString()
    })
    const file = { ...next, organization: await assertLinksExist(next) }
    await db().opportunities.put(file)
    return file
  })
}

async function lastChangeOf(opportunityId: string): Promise<StageChange | undefined> {
  const changes = await db().stageChanges.where('opportunityId').equals(opportunityId).toArray()
  return changes.reduce<StageChange | undefined>(
    (last, c) => (!last || c.at >= last.at ? c : last),
    undefined
  )
}

/**
 * Move a file to a stage: the file and a stage change in one transaction. Returns null when the
 * file is already there (nothing is recorded). Refuses, with a translated error and nothing
 * written, to move a won file back or to lose a file without a reason.
 */
export async function moveToStage(
  id: string,
  toStageId: string,
  options: MoveOptions = {}
): Promise<StageMove | null> {
  return db().transaction('rw', writeTables(), async () => {
    const current = await getOrThrow(db().opportunities, id)
    if (current.deletedAt !== null) throw new AppError('errors.notFound')
    const stage = stageOrThrow(await getSetting('pipelineStages'), toStageId)
    if (current.stageId === stage.id) return null
    const at = nextChangeAt(new Date(), (await lastChangeOf(id))?.at)
    const opportunity = { ...current, ...enterStage(current, stage, at, options), updatedAt: at }
    const change = { id: newId(), opportunityId: id, fromStageId: current.stageId, toStageId: stage.id, at }
    await db().opportunities.put(opportunity)
    await db().stageChanges.add(change)
    return { opportunity, change, previous: stageFieldsOf(current) }
  })
}

/**
 * Undo a move as if it never happened: the file gets its stage fields back and the stage change is
 * removed, so an accidental drop leaves no trace in the history or the average days per stage.
 * Only the file's latest move can be undone (an older one would break the history's order).
 */
export async function undoStageMove(move: StageMove): Promise<void> {
  await db().transaction('rw', writeTables(), async () => {
    const current = await getOrThrow(db().opportunities, move.opportunity.id)
    if ((await lastChangeOf(current.id))?.id !== move.change.id)
      throw new AppError('pipeline.errors.undoStale')
    await db().opportunities.put({ ...current, ...move.previous, updatedAt: new Date().toISOString() })
    await db().stageChanges.delete(move.change.id)
  })
}

export const deleteOpportunity = (id: string) => softDelete(db().opportunities, id)
export const restoreOpportunity = (id: string) => restoreFromTrash(db().opportunities, id)

export async function getOpportunity(id: string): Promise<Opportunity | undefined> {
  const record = await db().opportunities.get(id)
  return isLive(record) ? record : undefined
}

export async function listOpportunities(): Promise<Opportunity[]> {
  return liveRows(db().opportunities)
}

export async function listOpportunitiesOfOrganization(organizationId: string): Promise<Opportunity[]> {
  return (await db().opportunities.where('organizationId').equals(organizationId).toArray()).filter(isLive)
}

/** A file's stage changes, oldest first. */
export async function listStageChangesOf(opportunityId: string): Promise<StageChange[]> {
  const changes = await db().stageChanges.where('opportunityId').equals(opportunityId).toArray()
  return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}
