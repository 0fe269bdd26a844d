// What an import will write, once the person chose for each duplicate row: skip (keep the existing
// record as it is), merge (fill its empty fields from the file) or create (a new record anyway; not
// offered for a NEQ, which is unique). Pure: the repository writes the plan in one transaction.
import { organizationNameKey } from '../domain/text'
import { findDuplicates, matchOrganization, type Duplicate, type ExistingIndex } from './duplicates'
import type { ImportedContact, ImportedOrganization, ImportRow } from './rows'

export const DUPLICATE_CHOICES = ['skip', 'merge', 'create'] as const
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number]

export type Planned<T> = { row: number; input: T } & (
  { action: 'create'; ref: string } | { action: 'merge'; existingId: string }
)

export type OrganizationLink = { ref: string } | { id: string } | null

export interface ImportPlan {
  organizations: Planned<ImportedOrganization>[]
  contacts: (Planned<ImportedContact> & { organization: OrganizationLink })[]
  /** Rows that add or change nothing (their duplicates were skipped). */
  skippedRows: number
}

export function allowedChoices(duplicate: Duplicate): readonly DuplicateChoice[] {
  return duplicate.reason === 'neq' ? ['skip', 'merge'] : DUPLICATE_CHOICES
}

function choiceFor(duplicate: Duplicate, choice: DuplicateChoice): DuplicateChoice {
  return allowedChoices(duplicate).includes(choice) ? choice : 'skip'
}

class PlanBuilder {
  readonly plan: ImportPlan = { organizations: [], contacts: [], skippedRows: 0 }
  /** Organizations created by the file, by NEQ and name key: later rows for them join them. */
  private readonly created = new Map<string, string>()
  /** Contacts the file creates, by row: a later row that repeats one completes it. */
  private readonly contactsByRow = new Map<number, Planned<ImportedContact>>()
  private readonly merged = new Set<string>()
  private nextRef = 0

  constructor(private readonly index: ExistingIndex) {}

  organization(row: number, input: ImportedOrganization, choice: DuplicateChoice | null): OrganizationLink {
    const keys = [input.neq && `neq:${input.neq}`, `name:${organizationNameKey(input.name)}`].filter(Boolean)
    const known = keys.map((k) => this.created.get(k)).find(Boolean)
    if (known) return { ref: known }
    const match = matchOrganization(this.index, input)
    if (match && choice !== 'create') {
      const id = match.record.id
      if (choice === 'merge' && !this.merged.has(id)) {
        this.merged.add(id)
        this.plan.organizations.push({ row, input, action: 'merge', existingId: id })
      }
      return { id }
    }
    const ref = `org-${++this.nextRef}`
    this.plan.organizations.push({ row, input, action: 'create', ref })
    for (const key of keys) this.created.set(key, ref)
    return { ref }
  }

  contact(
    row: number,
    input: ImportedContact,
    organization: OrganizationLink,
    duplicate: Duplicate | undefined,
    choice: DuplicateChoice
  ): boolean {
    if (duplicate && choice !== 'create') {
      if (choice !== 'merge') return false
      const earlier =
        duplicate.sameAsRow === undefined ? undefined : this.contactsByRow.get(duplicate.sameAsRow)
      if (duplicate.existing)
        this.plan.contacts.push({
          row,
          input,
          organization,
          action: 'merge',
          existingId: duplicate.existing.id
        })
      else if (earlier) earlier.input = fillBlanks(earlier.input, input)
      return true
    }
    const planned = { row, input, organization, action: 'create' as const, ref: `contact-${++this.nextRef}` }
    this.plan.contacts.push(planned)
    this.contactsByRow.set(row, planned)
    return true
  }
}

/**
 * The plan for the valid rows. `choices` maps a row number to its choice; rows without one use
 * `defaultChoice`.
 */
export function planImport(
  rows: ImportRow[],
  index: ExistingIndex,
  choices: ReadonlyMap<number, DuplicateChoice>,
  defaultChoice: DuplicateChoice = 'skip'
): ImportPlan {
  const duplicates = new Map(findDuplicates(rows, index).map((d) => [`${d.row}:${d.part}`, d]))
  const builder = new PlanBuilder(index)
  for (const { row, organization, contact } of rows) {
    const choice = choices.get(row) ?? defaultChoice
    const orgDuplicate = duplicates.get(`${row}:organization`)
    const before = builder.plan.organizations.length + builder.plan.contacts.length
    const link = organization
      ? builder.organization(row, organization, orgDuplicate ? choiceFor(orgDuplicate, choice) : null)
      : null
    const contactDuplicate = duplicates.get(`${row}:contact`)
    const changed = contact ? builder.contact(row, contact, link, contactDuplicate, choice) : false
    const added = builder.plan.organizations.length + builder.plan.contacts.length > before
    if (!added && !changed) builder.plan.skippedRows += 1
  }
  return builder.plan
}

type Fillable = Record<string, unknown>

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** The existing record's empty fields filled from the import; tags are joined; nothing is overwritten. */
export function fillBlanks<T extends Fillable>(existing: T, imported: Partial<T>): T {
  const next: Fillable = { ...existing }
  for (const [key, value] of Object.entries(imported)) {
    if (key === 'tags' && Array.isArray(value) && Array.isArray(next.tags)) {
      next.tags = [...new Set([...next.tags, ...value])]
    } else if (isBlank(next[key]) && !isBlank(value)) next[key] = value
  }
  // Only known keys of T were copied over
  return next as T
}
