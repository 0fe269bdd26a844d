// Companies report: every organization with its region, sector and last contact, plus what happened
// with it in the period (interactions) and now (people, open files).
import type { Language } from '../../schemas/common'
import type { Contact } from '../../schemas/contact'
import type { Interaction } from '../../schemas/interaction'
import type { Opportunity } from '../../schemas/opportunity'
import type { Organization } from '../../schemas/organization'
import { byText, column, isLive, regionLabel } from '../columns'
import { instantInPeriod } from '../period'
import type { Period, Report, ReportRow } from '../types'

export interface OrganizationsInput {
  organizations: Organization[]
  contacts: Contact[]
  opportunities: Opportunity[]
  interactions: Interaction[]
}

function countPer(ids: Iterable<string | null>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

function* organizationIdsIn(interactions: Interaction[], period: Period): Generator<string> {
  const inPeriod = instantInPeriod(period)
  for (const i of interactions) if (isLive(i) && inPeriod(i.occurredAt)) yield* i.organizationIds
}

export function buildOrganizationsReport(
  input: OrganizationsInput,
  period: Period,
  language: Language
): Report {
  const people = countPer(input.contacts.filter(isLive).map((c) => c.organizationId))
  const openFiles = countPer(
    input.opportunities.filter((o) => isLive(o) && o.outcome === null).map((o) => o.organizationId)
  )
  const activity = countPer(organizationIdsIn(input.interactions, period))
  const rows = input.organizations
    .filter(isLive)
    .sort(byText((o) => o.name))
    .map((o): ReportRow => ({
      name: o.name,
      kind: o.kind,
      neq: o.neq,
      region: regionLabel(o.region, language),
      mrc: o.mrc,
      city: o.city,
      sector: o.industryLabel || o.industryCode,
      employees: o.employees,
      tier: o.tier,
      companyStage: o.stage,
      contactsCount: people.get(o.id) ?? 0,
      openFiles: openFiles.get(o.id) ?? 0,
      interactionsInPeriod: activity.get(o.id) ?? 0,
      lastContact: o.lastInteractionAt
    }))
  return {
    id: 'companies',
    tables: [
      {
        id: 'companies.list',
        columns: [
          column('name', 'text', 36),
          column('kind', 'text', 18, 'enums.kind'),
          column('neq', 'text', 13),
          column('region', 'text', 28),
          column('mrc', 'text', 22),
          column('city', 'text', 18),
          column('sector', 'text', 34),
          column('employees', 'number', 11),
          column('tier', 'text', 16, 'enums.tier'),
          column('companyStage', 'text', 14, 'enums.companyStage'),
          column('contactsCount', 'number', 11),
          column('openFiles', 'number', 11),
          column('interactionsInPeriod', 'number', 14),
          column('lastContact', 'datetime', 18)
        ],
        rows
      }
    ]
  }
}
