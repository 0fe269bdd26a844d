// Impact report: what the officer's work amounted to over the period, for the companies of a
// region, MRC or sector (see shared/domain/impact.ts for every definition): a totals row, coverage
// by sector, interactions by kind, introductions by outcome, financing by product and by partner.
import { computeImpact } from '../../domain/impact-compute'
import { naicsLabel } from '../../domain/naics'
import type { Language } from '../../schemas/common'
import type { Amounts, DayOf, ImpactFilter, ImpactInput, ImpactReport } from '../../domain/impact'
import { INTERACTION_KINDS } from '../../schemas/interaction'
import { INTRODUCTION_OUTCOMES } from '../../schemas/introduction'
import { PRODUCTS } from '../../schemas/opportunity'
import type { Organization } from '../../schemas/organization'
import { column } from '../columns'
import type { Period, Report, ReportColumn, ReportRow, ReportTable } from '../types'

export const NO_IMPACT_FILTER: ImpactFilter = { regions: [], mrcs: [], industryCodes: [] }

const AMOUNT_COLUMNS: ReportColumn[] = [
  column('files', 'number', 10),
  column('requested', 'money', 16),
  column('authorized', 'money', 16),
  column('disbursed', 'money', 16)
]

function amountCells(a: Amounts): ReportRow {
  return {
    files: a.files,
    requested: a.requestedCents,
    authorized: a.authorizedCents,
    disbursed: a.disbursedCents
  }
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null)

function totalsTable(impact: ImpactReport): ReportTable {
  const { coverage, introductions, financing, leverage, jobs } = impact
  const interactions = Object.values(impact.interactionsByKind).reduce((n, c) => n + (c ?? 0), 0)
  return {
    id: 'impact.totals',
    columns: [
      column('companiesInScope', 'number', 14),
      column('companiesMet', 'number', 14),
      column('coverage', 'percent', 12),
      column('interactions', 'number', 14),
      column('introductionsMade', 'number', 14),
      ...AMOUNT_COLUMNS,
      column('projectCost', 'money', 16),
      column('leverage', 'decimal', 12),
      column('jobsCreated', 'number', 12),
      column('jobsRetained', 'number', 12)
    ],
    rows: [
      {
        companiesInScope: coverage.total,
        companiesMet: coverage.met,
        coverage: share(coverage.met, coverage.total),
        interactions,
        introductionsMade: introductions.made,
        ...amountCells(financing.total),
        projectCost: leverage.projectCostCents,
        leverage: leverage.ratio === null ? null : Math.round(leverage.ratio * 100) / 100,
        jobsCreated: jobs.created,
        jobsRetained: jobs.retained
      }
    ]
  }
}

function countTable(
  id: string,
  key: string,
  enumKey: string,
  values: readonly string[],
  counts: Partial<Record<string, number>>
): ReportTable {
  return {
    id,
    columns: [column(key, 'text', 26, enumKey), column('count', 'number', 12)],
    rows: values.filter((v) => counts[v]).map((value) => ({ [key]: value, count: counts[value] ?? 0 }))
  }
}

export function buildImpactTables(
  impact: ImpactReport,
  organizations: Organization[],
  language: Language
): ReportTable[] {
  const names = new Map(organizations.map((o) => [o.id, o.name]))
  const byProduct = new Map(impact.financing.byProduct.map((p) => [p.product, p]))
  return [
    totalsTable(impact),
    {
      id: 'impact.coverage',
      columns: [
        column('sector', 'text', 40),
        column('companiesInScope', 'number', 14),
        column('companiesMet', 'number', 14),
        column('coverage', 'percent', 12)
      ],
      rows: impact.coverage.bySector.map((s) => ({
        sector: s.industryCode
          ? `${s.industryCode} · ${naicsLabel(s.industryCode, language) ?? s.industryLabel}`
          : '',
        companiesInScope: s.total,
        companiesMet: s.met,
        coverage: share(s.met, s.total)
      }))
    },
    countTable(
      'impact.interactions',
      'kind',
      'reports.values.interactionKind',
      INTERACTION_KINDS,
      impact.interactionsByKind
    ),
    countTable(
      'impact.introductions',
      'outcome',
      'reports.values.introductionOutcome',
      INTRODUCTION_OUTCOMES,
      impact.introductions.byOutcome
    ),
    {
      id: 'impact.byProduct',
      columns: [column('product', 'text', 26, 'reports.values.product'), ...AMOUNT_COLUMNS],
      rows: PRODUCTS.flatMap((product) => {
        const amounts = byProduct.get(product)
        return amounts ? [{ product, ...amountCells(amounts) }] : []
      })
    },
    {
      id: 'impact.byPartner',
      columns: [column('partner', 'text', 40), ...AMOUNT_COLUMNS],
      rows: impact.financing.byPartner.map((p) => ({
        partner: names.get(p.partnerId) ?? '',
        ...amountCells(p)
      }))
    }
  ]
}

export function buildImpactReport(
  input: ImpactInput,
  period: Period,
  language: Language,
  { filter = NO_IMPACT_FILTER, dayOf }: { filter?: ImpactFilter; dayOf?: DayOf } = {}
): Report {
  const impact = computeImpact(input, period, filter, dayOf)
  return { id: 'impact', tables: buildImpactTables(impact, input.organizations, language) }
}
