// Whole-workspace writes: the demo, the benchmark dataset and backup restore. Every record is
// validated first; then all tables are written in one transaction, so it is all or nothing.
import {
  contactSchema,
  eventSchema,
  followUpSchema,
  interactionSchema,
  introductionSchema,
  opportunitySchema,
  organizationSchema,
  parseOrThrow,
  stageChangeSchema,
  type Contact,
  type FollowUp,
  type Interaction,
  type Introduction,
  type Opportunity,
  type Organization,
  type RelaisEvent,
  type StageChange
} from '@shared/schemas'
import { db } from '../schema'
import { putInChunks } from './records'

export interface WorkspaceData {
  organizations: Organization[]
  contacts: Contact[]
  opportunities: Opportunity[]
  stageChanges: StageChange[]
  interactions: Interaction[]
  followUps: FollowUp[]
  events: RelaisEvent[]
  introductions: Introduction[]
}

const schemas = {
  organizations: organizationSchema,
  contacts: contactSchema,
  opportunities: opportunitySchema,
  stageChanges: stageChangeSchema,
  interactions: interactionSchema,
  followUps: followUpSchema,
  events: eventSchema,
  introductions: introductionSchema
} as const

export const WORKSPACE_TABLES = Object.keys(schemas) as (keyof WorkspaceData)[]

export function validateWorkspace(data: WorkspaceData): WorkspaceData {
  const out = {} as Record<keyof WorkspaceData, unknown[]>
  for (const table of WORKSPACE_TABLES) {
    out[table] = data[table].map((record) => parseOrThrow(schemas[table], record))
  }
  return out as unknown as WorkspaceData
}

/** Add a workspace's records to the database, in one transaction. */
export async function loadWorkspace(
  data: WorkspaceData,
  options: { validate?: boolean } = {}
): Promise<void> {
  const valid = options.validate === false ? data : validateWorkspace(data)
  const d = db()
  await d.transaction(
    'rw',
    WORKSPACE_TABLES.map((t) => d[t]),
    async () => {
      for (const table of WORKSPACE_TABLES) await putInChunks(d[table] as never, valid[table] as never[])
    }
  )
}

export async function workspaceIsEmpty(): Promise<boolean> {
  const d = db()
  const counts = await Promise.all([d.organizations.count(), d.contacts.count()])
  return counts.every((c) => c === 0)
}

export async function workspaceCounts(): Promise<Record<keyof WorkspaceData, number>> {
  const d = db()
  const counts = await Promise.all(WORKSPACE_TABLES.map((t) => d[t].count()))
  return Object.fromEntries(WORKSPACE_TABLES.map((t, i) => [t, counts[i]])) as Record<
    keyof WorkspaceData,
    number
  >
}
