import { TABLES } from '@shared/db/tables'
import { storesChangedAt } from '@shared/db/table-spec'
import type { Migration } from './index'

// Version 3 adds the capture memory (shared/db/tables.ts: captures): each calendar instance or
// message offered for logging, and what became of it.
export const v3: Migration = { version: 3, stores: storesChangedAt(TABLES, 3) }
