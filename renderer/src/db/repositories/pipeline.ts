// Reads the pipeline screens need at once: the live files with the organizations they name
// (companies and co-financing partners), and the stage history for the charts.
import type { Contact, FollowUp, Interaction, Opportunity, Organization, StageChange } from '@shared/schemas'
import { db } from '../schema'
import { getContact } from './contacts'
import { getOpportunity, listOpportunities, listStageChangesOf } from './opportunities'
import { isLive } from './records'

export interface PipelineData {
  files: Opportunity[]
  /** The companies and partners the files name, by id. */
  organizations: Map<string, Organization>
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
 * The files and, read at the same time, the whole organizations table: a pipeline names most of
 * the workspace's companies, and one read of the 5,000 of the large workspace took 110–310 ms
 * where a get for each of the 2,500 its files name took 340–620 ms (and Dexie's bookkeeping of
 * 2,500 watched keys came on top). Not in a read transaction, though Dexie's live-query cache
 * would then skip its copy of the 8,000 records: after a stage move the cache re-reads only the
 * files, and the organizations come from it (in a transaction both were read again: a move's
 * « stored » went from 170 to 280–320 ms).
 */
export async function pipelineData(): Promise<PipelineData> {
  const [files, organizations] = await Promise.all([listOpportunities(), db().organizations.toArray()])
  return { files, organizations: liveNamed(organizations, namedIds(files)) }
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
