// The columns an import can fill, and which one each header of a file answers to: the tables of
// the tools whose exports Relais knows (headers/), then the generic French and English names.
import { GENERIC_HEADERS } from './headers/generic'
import { headerKey } from './headers/key'
import { SOURCE_TABLES } from './headers/sources'
import type { Language } from '../schemas/common'
import type { SourceTool } from './headers/types'

export { headerKey }
export type { SourceTool }

export const ORGANIZATION_FIELDS = [
  'name',
  'neq',
  'city',
  'region',
  'mrc',
  'industryCode',
  'industryLabel',
  'website',
  'employees',
  'tags',
  'notes'
] as const
export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'role',
  'email',
  'phone',
  'language',
  'notes'
] as const

export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number]
export type ContactField = (typeof CONTACT_FIELDS)[number]
/** "organization.name", "contact.email"…: also the i18n key under import.fields. */
export type ImportField = `organization.${OrganizationField}` | `contact.${ContactField}`

export const IMPORT_FIELDS: ImportField[] = [
  ...ORGANIZATION_FIELDS.map((f) => `organization.${f}` as const),
  ...CONTACT_FIELDS.map((f) => `contact.${f}` as const)
]

const BY_SYNONYM = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => GENERIC_HEADERS[field].map((synonym) => [synonym, field] as const))
)
const BARE_TITLES = new Set(['titre', 'title'])
const MIN_SOURCE_MATCHES = 3

/** The tool that wrote these headers: the one whose table knows the most of them (3 at least, no tie). */
export function detectSource(headers: string[]): SourceTool | null {
  const keys = new Set(headers.map(headerKey))
  const scores = SOURCE_TABLES.map(({ tool, keys: known }) => ({
    tool,
    score: [...keys].filter((k) => known.has(k)).length
  })).sort((a, b) => b.score - a.score)
  const [best, second] = scores
  if (!best || best.score < MIN_SOURCE_MATCHES || second?.score === best.score) return null
  return best.tool
}

function genericField(key: string, keys: string[]): ImportField | undefined {
  const has = (field: ImportField) => keys.some((k) => BY_SYNONYM.get(k) === field)
  // A bare "Nom"/"Name" is the person's last name beside a first-name column, else the company's
  if (key === 'nom' || key === 'name')
    return has('contact.firstName') ? 'contact.lastName' : 'organization.name'
  // A bare "Titre"/"Title" beside « Fonction »/"Job Title" is a courtesy title
  if (BARE_TITLES.has(key) && keys.some((k) => !BARE_TITLES.has(k) && BY_SYNONYM.get(k) === 'contact.role'))
    return undefined
  return BY_SYNONYM.get(key)
}

/**
 * The field each column probably holds (null: ignore the column), and the tool that wrote the
 * file when its headers say so. A merged « Contact » header read twice over two columns holds
 * the first name, then the last name.
 */
export function mapHeaders(headers: string[]): {
  mapping: (ImportField | null)[]
  source: SourceTool | null
} {
  const keys = headers.map(headerKey)
  const source = detectSource(headers)
  const table = SOURCE_TABLES.find((s) => s.tool === source)?.fields
  const taken = new Set<ImportField>()
  const mapping = keys.map((key, i) => {
    let field = table?.has(key) ? table.get(key) : genericField(key, keys)
    if (field === 'contact.fullName' && key && keys[i + 1] === key) field = 'contact.firstName'
    else if (field === 'contact.fullName' && key && keys[i - 1] === key) field = 'contact.lastName'
    if (!field || taken.has(field)) return null
    taken.add(field)
    return field
  })
  return { mapping, source }
}

/** How a tool's export writes numbers; a file from no known tool is read in the person's language. */
export function sourceLanguage(tool: SourceTool | null, fallback: Language): Language {
  if (tool === null) return fallback
  return tool === 'outlook-fr' ? 'fr' : 'en'
}

export function guessMapping(headers: string[]): (ImportField | null)[] {
  return mapHeaders(headers).mapping
}
