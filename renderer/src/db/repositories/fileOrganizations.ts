// Each financing file keeps a copy of its company's name and region as the pipeline shows them
// (Opportunity.organization: null while the company is in the Trash), so that the board reads the
// files alone (BENCHMARKS.md, issue 16, twelfth round). Every write that changes what a file would
// show calls refreshFileOrganizations inside its own transaction. A copy changes neither the file's
// revision (schema.ts) nor its updatedAt: a rename does not list the files as recently edited.
import type { Opportunity, Organization } from '@shared/schemas'
import { db } from '../schema'
import { isLive, whereAnyOf } from './records'

export type ShownOrganization = NonNullable<Opportunity['organization']>

/** What a file shows of its company: its name and region, or null when it is in the Trash or gone. */
export function shownOrganization(record: Organization | undefined): ShownOrganization | null {
  return isLive(record) ? { name: record.name, region: record.region } : null
}

function sameCopy(stored: Opportunity['organization'], shown: ShownOrganization | null): boolean {
  if (stored === undefined) return false
  if (stored === null || shown === null) return stored === shown
  return stored.name === shown.name && stored.region === shown.region
}

/** The files whose copy differs from their company as it is now, each with the copy made right. */
export function outdatedCopies(
  files: readonly Opportunity[],
  organizations: ReadonlyMap<string, Organization>
): Opportunity[] {
  const changed: Opportunity[] = []
  for (const file of files) {
    const shown = shownOrganization(organizations.get(file.organizationId))
    if (!sameCopy(file.organization, shown)) changed.push({ ...file, organization: shown })
  }
  return changed
}

/** Every file with its copy made from these companies (a restore, a workspace load: no second write). */
export function withOrganizationCopies(
  files: readonly Opportunity[],
  organizations: readonly Organization[]
): Opportunity[] {
  const companies = byId(organizations)
  return files.map((file) => ({
    ...file,
    organization: shownOrganization(companies.get(file.organizationId))
  }))
}

const byId = (records: readonly (Organization | undefined)[]) =>
  new Map(records.filter((r) => r !== undefined).map((r) => [r.id, r]))

/**
 * Brings the copies of these companies' files (in the Trash too) up to date. Call inside a
 * transaction over organizations and opportunities: the copy commits with the write that changed it.
 */
export async function refreshFileOrganizations(organizationIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(organizationIds)]
  if (ids.length === 0) return
  const [organizations, files] = await Promise.all([
    db().organizations.bulkGet(ids),
    whereAnyOf(db().opportunities, 'organizationId', ids)
  ])
  await db().opportunities.bulkPut(outdatedCopies(files, byId(organizations)))
}
