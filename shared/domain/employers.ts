// A meeting with a person is also a meeting with the company they work for: an interaction's
// companies include each of its people's employer, so it shows on that company's timeline and
// counts as the company's last contact.

/** The employers of `contactIds` that `organizationIds` does not name yet, in order, once each. */
export function missingEmployers(
  organizationIds: readonly string[],
  contactIds: readonly string[],
  employerOf: ReadonlyMap<string, string>
): string[] {
  const linked = new Set(organizationIds)
  const missing: string[] = []
  for (const id of contactIds) {
    const employer = employerOf.get(id)
    if (employer === undefined || linked.has(employer)) continue
    linked.add(employer)
    missing.push(employer)
  }
  return missing
}

/** The companies chosen first, then the people's employers not among them. */
export const withEmployers = (
  organizationIds: readonly string[],
  contactIds: readonly string[],
  employerOf: ReadonlyMap<string, string>
): string[] => [...new Set(organizationIds), ...missingEmployers(organizationIds, contactIds, employerOf)]
