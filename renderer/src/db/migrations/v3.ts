import { TABLES } from '@shared/db/tables'
import { storesChangedAt } from '@shared/db/table-spec'
import type { Migration } from './index'

// Version 3 remembers the pairs said « Pas un doublon » (merge duplicates). A company's or
// person's mergedInto is not indexed and defaults to null: older records need no upgrade.
// It also adds the capture memory (captures): each calendar instance or message offered for
// logging, and what became of it.
export const v3: Migration = { version: 3, stores: storesChangedAt(TABLES, 3) }
