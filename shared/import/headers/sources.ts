import type { ImportField } from '../fields'
import { HUBSPOT, LINKEDIN, PIPEDRIVE } from './crm'
import { GOOGLE, GOOGLE_LEGACY } from './google'
import { headerKey } from './key'
import { OUTLOOK_EN, OUTLOOK_FR } from './outlook'
import type { SourceHeaders, SourceTool } from './types'

const TABLES: SourceHeaders[] = [OUTLOOK_FR, OUTLOOK_EN, GOOGLE, GOOGLE_LEGACY, HUBSPOT, PIPEDRIVE, LINKEDIN]

/** Each tool's table by folded header. */
export const SOURCE_TABLES: {
  tool: SourceTool
  keys: Set<string>
  fields: Map<string, ImportField | null>
}[] = TABLES.map(({ tool, headers }) => {
  const fields = new Map(Object.entries(headers).map(([header, field]) => [headerKey(header), field]))
  return { tool, keys: new Set(fields.keys()), fields }
})
