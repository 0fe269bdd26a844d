import type { PrivacyOfficer } from '@shared/schemas'

/** « Marie Tremblay, directrice générale — rprp@nordik.ca » (the title only when given). */
export function officerText(officer: PrivacyOfficer): string {
  const who = officer.title ? `${officer.name}, ${officer.title}` : officer.name
  return `${who} — ${officer.contact}`
}
