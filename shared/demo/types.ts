import type { Workspace, WorkspaceTable } from '../db/tables'

/** Every table a generated workspace fills (the registry's workspace tables), as stored records. */
export type { Workspace, WorkspaceTable }

/** A slice of one table: the large workspace comes out in slices so a writer can stream it. */
export type WorkspaceChunk = { [K in WorkspaceTable]: { table: K; records: Workspace[K] } }[WorkspaceTable]

/** demo: a small story; mid: three years of one officer; large: a busy office (the benchmark's). */
export type WorkspaceSize = 'demo' | 'mid' | 'large'

export interface GenerateWorkspaceOptions {
  size: WorkspaceSize
  /** Same seed (and same now and time zone) = same workspace. */
  seed?: number
  /** Everything is dated relative to this instant: due today, overdue, stale. */
  now: Date
  /** Time zone that decides which calendar day is "today"; default: the system's, as the app does. */
  timeZone?: string
}

export type WorkspaceCounts = Record<WorkspaceTable, number>
