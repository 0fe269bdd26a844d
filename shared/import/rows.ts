// Each data row of a mapped file becomes an organization and/or a contact to import, or the list
// of what is wrong with it, by row number as a spreadsheet shows it (the first line is row 1).
import type { z } from 'zod'
import { contactInputSchema, organizationInputSchema } from '../schemas'
import type { Language } from '../schemas/common'
import { IMPORT_FIELDS, type ContactField, type ImportField, type OrganizationField } from './fields'
import { countFromText, languageFromText, regionFromText, splitFullName, tagsFromText } from './values'

export interface RowIssue {
  /** Row number in the file, header = 1. */
  row: number
  field: ImportField | null
  /** i18n key: validation.* or import.errors.* */
  key: string
}

export type ImportedOrganization = z.output<typeof organizationInputSchema>
export type ImportedContact = z.output<typeof contactInputSchema>

export interface ImportRow {
  row: number
  organization: ImportedOrganization | null
  contact: ImportedContact | null
}

export interface ReadRowsResult {
  rows: ImportRow[]
  issues: RowIssue[]
  /** Rows with errors (each may have several issues). */
  invalidRows: number
}

type Cells = Partial<Record<ImportField, string>>

function cellsOf(row: string[], mapping: (ImportField | null)[]): Cells {
  const cells: Cells = {}
  mapping.forEach((field, i) => {
    if (field && row[i]?.trim()) cells[field] = row[i].trim()
  })
  return cells
}

const org = (cells: Cells, f: OrganizationField) => cells[`organization.${f}`] ?? ''
const person = (cells: Cells, f: ContactField) => cells[`contact.${f}`] ?? ''

function organizationInput(
  cells: Cells,
  issues: Omit<RowIssue, 'row'>[],
  language: Language
): Record<string, unknown> | null {
  if (!org(cells, 'name')) return null
  const region = org(cells, 'region')
  const regionCode = region ? regionFromText(region) : null
  if (region && !regionCode) issues.push({ field: 'organization.region', key: 'validation.region' })
  const employees = org(cells, 'employees')
  return {
    name: org(cells, 'name'),
    neq: org(cells, 'neq'),
    city: org(cells, 'city'),
    region: regionCode,
    mrc: org(cells, 'mrc'),
    industryCode: org(cells, 'industryCode'),
    industryLabel: org(cells, 'industryLabel'),
    website: org(cells, 'website'),
    employees: employees ? countFromText(employees, language) : null,
    tags: tagsFromText(org(cells, 'tags')),
    notes: org(cells, 'notes')
  }
}

function contactInput(cells: Cells, issues: Omit<RowIssue, 'row'>[]): Record<string, unknown> | null {
  const fields = ['firstName', 'lastName', 'fullName', 'role', 'email', 'phone'] as const
  if (!fields.some((f) => person(cells, f))) return null
  const [first, last] = splitFullName(person(cells, 'fullName'))
  const language = languageFromText(person(cells, 'language'))
  if (language === null) issues.push({ field: 'contact.language', key: 'validation.choice' })
  return {
    firstName: person(cells, 'firstName') || first,
    lastName: person(cells, 'lastName') || last,
    role: person(cells, 'role'),
    email: person(cells, 'email'),
    phone: person(cells, 'phone'),
    notes: person(cells, 'notes'),
    ...(language ? { language } : {})
  }
}

function fieldOf(prefix: 'organization' | 'contact', path: PropertyKey | undefined): ImportField | null {
  const name = `${prefix}.${String(path)}`
  return IMPORT_FIELDS.find((f) => f === name) ?? null
}

function validate<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown> | null,
  prefix: 'organization' | 'contact',
  issues: Omit<RowIssue, 'row'>[]
): z.output<S> | null {
  if (!input) return null
  const result = schema.safeParse(input)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const field = fieldOf(prefix, issue.path[0])
    const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
    if (!issues.some((i) => i.field === field)) issues.push({ field, key })
  }
  return null
}

/** One data row; `row` is its spreadsheet row number; `language` how the file writes numbers. */
export function readRow(
  cells: string[],
  mapping: (ImportField | null)[],
  row: number,
  language: Language = 'fr'
): ImportRow | RowIssue[] | null {
  const mapped = cellsOf(cells, mapping)
  if (Object.keys(mapped).length === 0) return null
  const issues: Omit<RowIssue, 'row'>[] = []
  const orgInput = organizationInput(mapped, issues, language)
  const contactRaw = contactInput(mapped, issues)
  if (!orgInput && !contactRaw) return [{ row, field: null, key: 'import.errors.nothingToImport' }]
  const organization = validate(organizationInputSchema, orgInput, 'organization', issues)
  const contact = validate(contactInputSchema, contactRaw, 'contact', issues)
  if (issues.length > 0) return issues.map((issue) => ({ ...issue, row }))
  return { row, organization, contact }
}

/** Every data row (after the header, `headerRow` counted from 0) of a mapped cell table. */
export function readRows(
  table: string[][],
  mapping: (ImportField | null)[],
  headerRow = 0,
  language: Language = 'fr'
): ReadRowsResult {
  const rows: ImportRow[] = []
  const issues: RowIssue[] = []
  let invalidRows = 0
  for (let i = headerRow + 1; i < table.length; i++) {
    const result = readRow(table[i], mapping, i + 1, language)
    if (result === null) continue
    if (Array.isArray(result)) {
      invalidRows += 1
      issues.push(...result)
    } else rows.push(result)
  }
  return { rows, issues, invalidRows }
}

/** Which required column is missing: a name for organizations or a first name for people. */
export function missingColumns(mapping: (ImportField | null)[]): boolean {
  return !mapping.some(
    (f) => f === 'organization.name' || f === 'contact.firstName' || f === 'contact.fullName'
  )
}
