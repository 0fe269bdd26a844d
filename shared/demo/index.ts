// Demo and benchmark workspaces: complete, valid stored records, the same for the same seed and `now`.
// Pure (no database, no platform): the renderer's "load a demo workspace" writes what this returns,
// and the benchmark harness streams the large one table by table.
import { byTable } from '../db/table-spec'
import { WORKSPACE_TABLES } from '../db/tables'
import { Clock } from './clock'
import { demoTables } from './demo-set'
import { DISTINCTIVE_NOTE_WORDS } from './demo-set/interactions'
import { largeTables } from './large-set'
import { LARGE_SHAPE, MID_SHAPE } from './large-set/plan'
import type {
  GenerateWorkspaceOptions,
  Workspace,
  WorkspaceChunk,
  WorkspaceCounts,
  WorkspaceSize
} from './types'

export type {
  GenerateWorkspaceOptions,
  Workspace,
  WorkspaceChunk,
  WorkspaceCounts,
  WorkspaceSize,
  WorkspaceTable
} from './types'

export const DEFAULT_SEED = 20_260_425

/** Rows per table, stage changes aside (they follow each file's history). */
export const WORKSPACE_COUNTS: Record<WorkspaceSize, Omit<WorkspaceCounts, 'stageChanges'>> = {
  demo: {
    organizations: 30,
    contacts: 60,
    opportunities: 11,
    interactions: 159,
    followUps: 40,
    events: 6,
    introductions: 10
  },
  mid: MID_SHAPE.counts,
  large: LARGE_SHAPE.counts
}

/** What the demo promises, for tests and tours that look for it by name. */
export const DEMO_FACTS = {
  /** A first name with accents that search must find by typing "eloise". */
  accentedFirstName: 'Éloïse',
  /** Words found in one interaction note and nowhere else in the demo. */
  distinctiveNoteWords: DISTINCTIVE_NOTE_WORDS,
  distinctiveNoteOrganization: 'Électrolyse Péribonka inc.',
  staleKeyAccount: 'Électro-Nord Composants ltée',
  redFlagOrganization: 'Studio Pixel Boréal',
  networkingEvent: '5 à 7 techno du Saguenay',
  hostCompany: 'Logiciels Fjordtech inc.'
} as const

/**
 * The workspace one table (or one slice of a table) at a time. Order: whatever is ready first;
 * for the mid and large sizes, organizations and contacts come last.
 */
export function* generateWorkspaceTables(options: GenerateWorkspaceOptions): Generator<WorkspaceChunk> {
  const clock = new Clock(options.now, options.timeZone)
  const seed = options.seed ?? DEFAULT_SEED
  if (options.size === 'demo') yield* demoTables(seed, clock)
  else yield* largeTables(seed, clock, options.size === 'mid' ? MID_SHAPE : LARGE_SHAPE)
}

export function emptyWorkspace(): Workspace {
  return byTable(WORKSPACE_TABLES, () => [])
}

export function generateWorkspace(options: GenerateWorkspaceOptions): Workspace {
  const workspace = emptyWorkspace()
  for (const chunk of generateWorkspaceTables(options)) {
    const table: unknown[] = workspace[chunk.table]
    for (const record of chunk.records) table.push(record)
  }
  return workspace
}

export function countWorkspace(workspace: Workspace): WorkspaceCounts {
  return byTable(WORKSPACE_TABLES, (table) => workspace[table].length)
}
