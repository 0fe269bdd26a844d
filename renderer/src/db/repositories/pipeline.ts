// Reads the pipeline screens need at once: the live files with the organizations they name
// (companies and co-financing partners), and the stage history for the charts.
import type { PipelineOrganization } from '@shared/domain/pipeline-filters'
import type {
  BoardCard,
  Contact,
  FollowUp,
  Interaction,
  Opportunity,
  Organization,
  StageChange
} from '@shared/schemas'
import { db } from '../schema'
import { getContact } from './contacts'
import { getOpportunity, listOpportunities, listStageChangesOf } from './opportunities'
import { isLive } from './records'

export interface PipelineData {
  files: Opportunity[]
  /** The live companies and partners the files name, by id: what the board and the table show of them. */
  organizations: Map<string, PipelineOrganization>
}

function namedIds(files: Opportunity[]): Set<string> {
  const ids = new Set<string>()
  for (const file of files) {
    ids.add(file.organizationId)
    for (const id of file.funderIds) ids.add(id)
  }
  return ids
}

function liveNamed(records: (Organization | undefined)[], ids: Set<string>): Map<string, Organization> {
  const named = new Map<string, Organization>()
  for (const record of records) if (isLive(record) && ids.has(record.id)) named.set(record.id, record)
  return named
}

export async function organizationsOf(files: Opportunity[]): Promise<Map<string, Organization>> {
  const ids = namedIds(files)
  return liveNamed(await db().organizations.bulkGet([...ids]), ids)
}

/**
 * The name and region of every live company, by id: one read of the whole table (a pipeline names
 * most of the workspace's companies; a get for each of the 2,500 its files name took 340–620 ms).
 * In a read transaction, which Dexie's live-query cache leaves alone: the 5,000 records are
 * neither copied for it nor kept by it, and become garbage as soon as their names are taken
 * (BENCHMARKS.md, issue 16, eleventh round).
 */
export function livePipelineOrganizations(): Promise<Map<string, PipelineOrganization>> {
  return db().transaction('r', db().organizations, async () => {
    const names = new Map<string, PipelineOrganization>()
    for (const record of await db().organizations.toArray())
      if (isLive(record)) names.set(record.id, { name: record.name, region: record.region })
    return names
  })
}

/** The pipeline of these files with these live companies: only those the files name. */
export function pipelineOf(
  files: Opportunity[],
  live: ReadonlyMap<string, PipelineOrganization>
): PipelineData {
  const organizations = new Map<string, PipelineOrganization>()
  for (const id of namedIds(files)) {
    const organization = live.get(id)
    if (organization) organizations.set(id, organization)
  }
  return { files, organizations }
}

/** The board's cards of the live files, with the companies they name. */
export interface BoardData {
  files: BoardCard[]
  organizations: Map<string, PipelineOrganization>
}

/** Every live file's card (boardCardsMirror.ts): what the board reads instead of the files. */
export function listBoardCards(): Promise<BoardCard[]> {
  return db().boardCards.toArray()
}

/**
 * The cards with the companies as the board shows them: each file's own copy of its company's name
 * and region (fileOrganizations.ts), so the board reads no company (partners are the table's).
 */
export function boardDataOf(files: BoardCard[]): BoardData {
  const organizations = new Map<string, PipelineOrganization>()
  for (const file of files) if (file.organization) organizations.set(file.organizationId, file.organization)
  return { files, organizations }
}

/**
 * The files and the live companies they name. The screen reads the two as two live queries
 * (usePipeline.ts), so that a stage move re-reads the files only.
 */
export async function pipelineData(): Promise<PipelineData> {
  const [files, live] = await Promise.all([listOpportunities(), livePipelineOrganizations()])
  return pipelineOf(files, live)
}

/** Stage changes of the live files only: a file in the Trash leaves the charts. */
export async function liveStageChanges(files: Opportunity[]): Promise<StageChange[]> {
  const live = new Set(files.map((f) => f.id))
  return (await db().stageChanges.toArray()).filter((c) => live.has(c.opportunityId))
}

/** Interactions and follow-ups about a file, through their opportunityId indexes. */
export async function opportunityActivity(
  opportunityId: string
): Promise<{ interactions: Interaction[]; followUps: FollowUp[] }> {
  const [interactions, followUps] = await Promise.all([
    db().interactions.where('opportunityId').equals(opportunityId).toArray(),
    db().followUps.where('opportunityId').equals(opportunityId).toArray()
  ])
  return {
    interactions: interactions.filter(isLive).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    followUps: followUps.filter(isLive).sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  }
}

export interface OpportunityPageData {
  file: Opportunity
  organizations: Map<string, Organization>
  contact: Contact | undefined
  changes: StageChange[]
  interactions: Interaction[]
  followUps: FollowUp[]
}

/** Everything a file's page shows, read through indexes; null when the file is gone. */
export async function opportunityPage(id: string): Promise<OpportunityPageData | null> {
  const file = await getOpportunity(id)
  if (!file) return null
  const [organizations, contact, changes, activity] = await Promise.all([
    organizationsOf([file]),
    file.primaryContactId ? getContact(file.primaryContactId) : Promise.resolve(undefined),
    listStageChangesOf(id),
    opportunityActivity(id)
  ])
  return { file, organizations, contact, changes, ...activity }
}
