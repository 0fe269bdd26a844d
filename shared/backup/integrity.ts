// The rules between records that the app enforces on every write, checked on a backup's records
// before a restore: one record per id in each table, one live company per NEQ. A file that breaks
// one is refused, naming the record. Links that do not resolve are named, not refused: purging a
// record from the Trash leaves the links to it, so the officer's own backups can hold some.
import { findNeqClash, type NeqHolder } from '../domain/neq'
import { isErasedPersonId } from '../domain/privacy'
import { AppError } from '../errors'
import type { BackupTableName, BackupTables } from './format'

type AnyRecord = Record<string, unknown>

/** How a record is named to the person: its name, full name, title, subject or reason. */
export function recordLabel(record: AnyRecord): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const person = `${text(record.firstName)} ${text(record.lastName)}`.trim()
  return (
    text(record.name) ||
    person ||
    text(record.title) ||
    text(record.subject) ||
    text(record.reason) ||
    text(record.key) ||
    text(record.id)
  )
}

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

function assertUniqueNeqs(tables: AnyTables): void {
  // A registry without companies (a test's) has no NEQ to check
  const organizations = (tables.organizations ?? []) as NeqHolder[]
  const clash = findNeqClash(organizations)
  if (clash)
    throw new AppError('backup.errors.duplicateNeq', {
      neq: clash.neq,
      first: clash.holder,
      second: clash.taker
    })
}

/** Refuses a file whose records break a rule the app enforces; throws an AppError naming one. */
export function checkIntegrity(tables: AnyTables): void {
  assertUniqueIds(tables)
  assertUniqueNeqs(tables)
}

/** A link to a record the file does not hold: which record, in which table, to what kind. */
export interface UnresolvedLink {
  table: BackupTableName
  label: string
  target: 'organization' | 'contact' | 'opportunity' | 'interaction' | 'event' | 'introduction'
}

type Target = UnresolvedLink['target']
const TARGET_TABLES: Record<Target, BackupTableName> = {
  organization: 'organizations',
  contact: 'contacts',
  opportunity: 'opportunities',
  interaction: 'interactions',
  event: 'events',
  introduction: 'introductions'
}

/** Each table's link fields and what they point to. */
const LINKS: Partial<Record<BackupTableName, [field: string, target: Target][]>> = {
  contacts: [['organizationId', 'organization']],
  opportunities: [
    ['organizationId', 'organization'],
    ['primaryContactId', 'contact'],
    ['funderIds', 'organization']
  ],
  stageChanges: [['opportunityId', 'opportunity']],
  interactions: [
    ['organizationIds', 'organization'],
    ['contactIds', 'contact'],
    ['opportunityId', 'opportunity'],
    ['eventId', 'event']
  ],
  followUps: [
    ['organizationId', 'organization'],
    ['contactId', 'contact'],
    ['opportunityId', 'opportunity'],
    ['interactionId', 'interaction'],
    ['eventId', 'event'],
    ['introductionId', 'introduction']
  ],
  introductions: [
    ['personAId', 'contact'],
    ['personBId', 'contact'],
    ['eventId', 'event']
  ]
}

/** Every link (or the first `limit`) that names a record the file does not hold. */
export function unresolvedLinks(
  tables: BackupTables,
  limit = 20
): { links: UnresolvedLink[]; total: number } {
  const ids = new Map<Target, Set<string>>()
  const idsOf = (target: Target) => {
    let set = ids.get(target)
    if (!set) ids.set(target, (set = new Set((tables[TARGET_TABLES[target]] as AnyRecord[]).map(keyOf))))
    return set
  }
  const links: UnresolvedLink[] = []
  let total = 0
  for (const [table, fields] of Object.entries(LINKS) as [BackupTableName, [string, Target][]][]) {
    for (const record of tables[table] as AnyRecord[]) {
      for (const [field, target] of fields) {
        const value = record[field]
        const values = Array.isArray(value) ? value : [value]
        const missing = values.some(
          (id) => typeof id === 'string' && !isErasedPersonId(id) && !idsOf(target).has(id)
        )
        if (!missing) continue
        total += 1
        if (links.length < limit) links.push({ table, label: recordLabel(record), target })
      }
    }
  }
  return { links, total }
}
