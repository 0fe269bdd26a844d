import type { Transaction } from 'dexie'
import type { Migration } from './index'

interface CompanyAtV5 {
  id: string
  name: string
  region: string | null
  deletedAt: string | null
}
interface FileAtV5 {
  organizationId: string
  organization?: { name: string; region: string | null } | null
}

// Version 5 copies each financing file's company name and region onto the file (`organization`;
// null while the company is in the Trash), so that the board reads the files alone. Indexes are
// unchanged. updatedAt and revision are kept: a copy is not an edit (schema.ts). Whole-table reads
// and one bulkPut, as in v2 and v4. Also run on a restored older backup, whose files the restore
// gave their copy already (repositories/backup.ts): those are left as they are.
async function copyCompanyNames(tx: Transaction): Promise<void> {
  const companies = new Map(
    (await tx.table<CompanyAtV5, string>('organizations').toArray()).map((c) => [c.id, c])
  )
  const files = tx.table<FileAtV5, string>('opportunities')
  const copied = (await files.toArray()).flatMap((file) => {
    const company = companies.get(file.organizationId)
    const organization =
      company && company.deletedAt === null ? { name: company.name, region: company.region } : null
    // A restored backup's files have theirs already (repositories/backup.ts)
    const same = JSON.stringify(file.organization) === JSON.stringify(organization)
    return same ? [] : [{ ...file, organization }]
  })
  await files.bulkPut(copied)
}

export const v5: Migration = { version: 5, stores: {}, upgrade: copyCompanyNames }
