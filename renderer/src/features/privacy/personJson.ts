// An access request's answer as JSON: every record Relais holds about the person, as stored (their
// record, their company, and each interaction, follow-up and introduction that names them).
import type { PersonFile } from '@renderer/db/repositories/privacy'

export function personJson(file: PersonFile): string {
  const { contact, organization, interactions, followUps, introductions } = file
  return JSON.stringify({ contact, organization, interactions, followUps, introductions }, null, 2)
}
