// The rules between records that the app enforces on every write, checked on a backup's records
// before a restore: one record per id in each table, and every link resolves (repair.ts first cuts
// the links an older version's purge left). A file that breaks one is refused, naming the record.
// Two live companies with one NEQ are not refused: older versions' merges wrote some, and the
// officer's own backup must restore (neq-repair.ts gives the NEQ to one, notes it in the other).
import { AppError } from '../errors'
import { recordLabel, unresolvedLinks } from './repair'

export { recordLabel, unresolvedLinks, type UnresolvedLink } from './repair'

type AnyRecord = Record<string, unknown>

const keyOf = (record: AnyRecord) => String(record.id ?? record.key)

type AnyTables = Readonly<Record<string, readonly unknown[]>>

function assertUniqueIds(tables: AnyTables): void {
  for (const [table, records] of Object.entries(tables) as [string, AnyRecord[]][]) {
    const seen = new Set<string>()
    for (const record of records) {
      const key = keyOf(record)
      if (seen.has(key))
        throw new AppError('backup.errors.duplicateId', {
          table,
          label: recordLabel(record),
          count: records.length
        })
      seen.add(key)
    }
  }
}

function assertLinksResolve(tables: AnyTables): void {
  const [first] = unresolvedLinks(tables, 1).links
  if (first) throw new AppError('backup.errors.unresolvedLink', { table: first.table, label: first.label })
}

/** Refuses a file whose records break a rule the app enforces; throws an AppError naming one. */
export function checkIntegrity(tables: AnyTables): void {
  assertUniqueIds(tables)
  assertLinksResolve(tables)
}
