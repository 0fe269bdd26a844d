import type { Transaction } from 'dexie'
import type { Migration } from './index'

/** Version 4's tables with RecordMeta (the Trash's tables), as they were then: a shipped version never changes. */
const REVISED_AT_V4 = [
  'organizations',
  'contacts',
  'opportunities',
  'interactions',
  'followUps',
  'events',
  'introductions'
] as const

// Version 4 gives every record of those tables revision 0: from now on each write adds one (the
// hooks in schema.ts) and a save from a form opened on an older revision is refused. Indexes are
// unchanged. Whole-table reads and a bulkPut of the records without one, as in v2.
async function addRevisions(tx: Transaction): Promise<void> {
  for (const name of REVISED_AT_V4) {
    const table = tx.table<{ revision?: number }, string>(name)
    const missing = (await table.toArray()).filter((record) => record.revision === undefined)
    await table.bulkPut(missing.map((record) => ({ ...record, revision: 0 })))
  }
}

export const v4: Migration = { version: 4, stores: {}, upgrade: addRevisions }
