// An access request's answer as JSON: every record Relais holds about the person, as stored (their
// record, their company, and each interaction, follow-up and introduction that names them), and
// who is in charge of personal information (Law 25, s. 3.1).
import type { AccessAnswer } from '@renderer/db/repositories/privacy'

export function contactJson(file: AccessAnswer): string {
  const { contact, organization, interactions, followUps, introductions, privacyOfficer } = file
  return JSON.stringify(
    { contact, organization, interactions, followUps, introductions, privacyOfficer },
    null,
    2
  )
}
