// Activity report: the interactions of the period, then counts by kind, by company and by contact.
import type { Contact } from '../../schemas/contact'
import type { Interaction } from '../../schemas/interaction'
import type { Opportunity } from '../../schemas/opportunity'
import type { Organization } from '../../schemas/organization'
import { buildDirectory, column, isLive, joinNames, sortedBy, type Directory } from '../columns'
import { instantInPeriod } from '../period'
import type { Period, Report, ReportRow, ReportTable } from '../types'

export interface ActivityInput {
  interactions: Interaction[]
  organizations: Organization[]
  contacts: Contact[]
  opportunities: Opportunity[]
}

const KIND_ENUM = 'reports.values.interactionKind'

function detail(interactions: Interaction[], names: Directory, files: Map<string, string>): ReportTable {
  const rows = interactions.map((i): ReportRow => ({
    occurredAt: i.occurredAt,
    kind: i.kind,
    title: i.title,
    companies: joinNames(i.organizationIds, names.organization),
    contacts: joinNames(i.contactIds, names.person),
    file: i.opportunityId ? (files.get(i.opportunityId) ?? '') : '',
    durationMinutes: i.durationMinutes,
    notes: i.notes
  }))
  return {
    id: 'activity.interactions',
    columns: [
      column('occurredAt', 'datetime', 18),
      column('kind', 'text', 18, KIND_ENUM),
      column('title', 'text', 44),
      column('companies', 'text', 34),
      column('contacts', 'text', 34),
      column('file', 'text', 30),
      column('durationMinutes', 'number', 12),
      column('notes', 'text', 60)
    ],
    rows
  }
}

interface Tally {
  count: number
  last: string
}

function tally(map: Map<string, Tally>, key: string, at: string): void {
  const current = map.get(key)
  if (!current) map.set(key, { count: 1, last: at })
  else {
    current.count += 1
    if (at > current.last) current.last = at
  }
}

function countTable(id: string, first: ReportTable['columns'], rows: ReportRow[]): ReportTable {
  return {
    id,
    columns: [...first, column('count', 'number', 14), column('lastAt', 'datetime', 18)],
    rows: rows.sort((a, b) => Number(b.count) - Number(a.count))
  }
}

function summaries(interactions: Interaction[], names: Directory, contacts: Contact[]): ReportTable[] {
  const kinds = new Map<string, Tally>()
  const companies = new Map<string, Tally>()
  const people = new Map<string, Tally>()
  for (const i of interactions) {
    tally(kinds, i.kind, i.occurredAt)
    for (const id of i.organizationIds) tally(companies, id, i.occurredAt)
    for (const id of i.contactIds) tally(people, id, i.occurredAt)
  }
  const organizationOf = new Map(contacts.map((c) => [c.id, c.organizationId]))
  return [
    countTable(
      'activity.byKind',
      [column('kind', 'text', 22, KIND_ENUM)],
      [...kinds].map(([kind, t]) => ({ kind, count: t.count, lastAt: t.last }))
    ),
    countTable(
      'activity.byCompany',
      [column('company', 'text', 40)],
      [...companies].map(([id, t]) => ({ company: names.organization(id), count: t.count, lastAt: t.last }))
    ),
    countTable(
      'activity.byContact',
      [column('contact', 'text', 30), column('company', 'text', 36)],
      [...people].map(([id, t]) => ({
        contact: names.person(id),
        company: names.organization(organizationOf.get(id)),
        count: t.count,
        lastAt: t.last
      }))
    )
  ]
}

export function buildActivityReport(input: ActivityInput, period: Period): Report {
  const inPeriod = instantInPeriod(period)
  const interactions = sortedBy(
    input.interactions.filter((i) => isLive(i) && inPeriod(i.occurredAt)),
    (i) => i.occurredAt
  )
  const names = buildDirectory(input.organizations, input.contacts)
  const files = new Map(input.opportunities.map((o) => [o.id, o.title]))
  return {
    id: 'activity',
    tables: [detail(interactions, names, files), ...summaries(interactions, names, input.contacts)]
  }
}
