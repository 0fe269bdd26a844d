// Whole-workspace writes: the demo and the benchmark dataset. Every record is validated first;
// then all tables are written in one transaction, so it is all or nothing.
import { recordsByTable } from '@shared/db/table-spec'
import { TABLES, WORKSPACE_TABLES, type Workspace } from '@shared/db/tables'
import { parseOrThrow } from '@shared/schemas'
import { db } from '../schema'
import { addInChunks } from './records'

export function validateWorkspace(data: Workspace): Workspace {
  return recordsByTable(TABLES, WORKSPACE_TABLES, (table) =>
    data[table].map((record) => parseOrThrow(TABLES[table].schema, record))
  )
}

/** Add a workspace's records to the database, in one transaction; an id already stored refuses it all. */
export async function loadWorkspace(data: Workspace, options: { validate?: boolean } = {}): Promise<void> {
  const valid = options.validate === false ? data : validateWorkspace(data)
  const d = db()
  await d.transaction('rw', WORKSPACE_TABLES, async () => {
    for (const table of WORKSPACE_TABLES) await addInChunks(d.table<unknown, string>(table), valid[table])
  })
}
