// Whole-workspace writes: the demo and the benchmark dataset. Every record is validated, a chunk at a
// time while the chunk before is written, all in one transaction: one invalid record, and nothing
// of the load is stored.
import { TABLES, WORKSPACE_TABLES, type Workspace } from '@shared/db/tables'
import { parseOrThrow } from '@shared/schemas'
import { db } from '../schema'
import { withOrganizationCopies } from './fileOrganizations'
import { addInChunks } from './records'

/** Add a workspace's records to the database, in one transaction; an id already stored refuses it all. */
export async function loadWorkspace(data: Workspace, options: { validate?: boolean } = {}): Promise<void> {
  const d = db()
  await d.transaction('rw', WORKSPACE_TABLES, async () => {
    for (const table of WORKSPACE_TABLES) {
      const schema = TABLES[table].schema
      const check =
        options.validate === false
          ? undefined
          : (chunk: unknown[]) => chunk.map((record) => parseOrThrow(schema, record))
      // Each file with its copy of its company's name (fileOrganizations.ts)
      const records =
        table === 'opportunities'
          ? withOrganizationCopies(data.opportunities, data.organizations)
          : data[table]
      await addInChunks(d.table<unknown, string>(table), records, check)
    }
  })
}
