import type { ImportField } from '../fields'

/** The tools whose exports Relais recognises by their headers. */
export type SourceTool =
  'outlook-fr' | 'outlook-en' | 'google' | 'google-legacy' | 'hubspot' | 'pipedrive' | 'linkedin'

/**
 * One tool's headers as it writes them, and the field each holds; null = a column Relais leaves
 * alone even where a generic header of the same name would map (Outlook's « Titre » is Mme or M.).
 */
export interface SourceHeaders {
  tool: SourceTool
  headers: Record<string, ImportField | null>
}
