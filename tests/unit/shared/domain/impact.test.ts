// A small hand-made ecosystem whose impact figures are known by hand.
import { describe, expect, it } from 'vitest'
import { computeImpact } from '@shared/domain/impact-compute'
import { opportunitySchema, organizationSchema, type Opportunity, type Organization } from '@shared/schemas'

const T = '2026-01-01T00:00:00.000Z'
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T, deletedAt: null })

function company(
  id: string,
  region: string,
  industryCode: string,
  kind: Organization['kind'] = 'company'
): Organization {
  return organizationSchema.parse({
    ...meta(id),
    name: id,
    nameKey: id,
    kind,
    region,
    industryCode,
    industryLabel: `sector ${industryCode}`
  })
}

function file(id: string, organizationId: string, fields: Partial<Opportunity>): Opportunity {
  return opportunitySchema.parse({
    ...meta(id),
    organizationId,
    title: id,
    stageId: 'lead',
    probability: 10,
    openedOn: '2025-01-10',
    stageEnteredAt: T,
    ...fields
  })
}

const organizations = [
  company('a', '02', '5415'),
  company('b', '02', '5415'),
  company('c', '02', '3364'),
  company('d', '06', '5415'),
  company('bank', '02', '5221', 'funder'),
  company('hub', '02', '', 'partner')
]
const contacts = [
  { id: 'pa', organizationId: 'a' },
  { id: 'pb', organizationId: 'b' },
  { id: 'pd', organizationId: 'd' }
]
const interaction = (kind: 'meeting' | 'call', occurredAt: string, organizationIds: string[]) => ({
  kind,
  occurredAt,
  organizationIds,
  deletedAt: null
})
const input = {
  organizations,
  contacts,
  interactions: [
    interaction('meeting', '2026-03-02T15:00:00.000Z', ['a']),
    interaction('call', '2026-03-05T15:00:00.000Z', ['a', 'd']),
    interaction('meeting', '2026-05-05T15:00:00.000Z', ['c']),
    interaction('meeting', '2025-12-31T15:00:00.000Z', ['b']), // before the period
    { ...interaction('meeting', '2026-03-09T15:00:00.000Z', ['b']), deletedAt: T } // deleted
  ],
  introductions: [
    {
      personAId: 'pa',
      personBId: 'pb',
      madeAt: '2026-02-01',
      status: 'outcome' as const,
      outcome: 'partnership' as const,
      deletedAt: null
    },
    {
      personAId: 'pb',
      personBId: 'pd',
      madeAt: '2026-04-01',
      status: 'made' as const,
      outcome: null,
      deletedAt: null
    },
    {
      personAId: 'pa',
      personBId: 'pd',
      madeAt: null,
      status: 'proposed' as const,
      outcome: null,
      deletedAt: null
    }
  ],
  opportunities: [
    file('f1', 'a', {
      product: 'term-loan',
      openedOn: '2026-02-01',
      requestedCents: 50_000_000,
      authorizedCents: 40_000_000,
      disbursedCents: 10_000_000,
      projectCostCents: 160_000_000,
      jobsCreated: 12,
      jobsRetained: 30,
      funderIds: ['bank', 'hub']
    }),
    file('f2', 'c', { product: 'grant', requestedCents: 5_000_000, funderIds: ['hub'], jobsCreated: 99 }), // opened before, moved in the period
    file('f3', 'b', { product: 'grant', requestedCents: 7_000_000 }), // not active in the period
    file('f4', 'd', { product: 'term-loan', openedOn: '2026-03-01', requestedCents: 1_000_000 }) // out of region
  ],
  stageChanges: [
    { opportunityId: 'f2', at: '2026-06-01T12:00:00.000Z' },
    { opportunityId: 'f3', at: '2025-06-01T12:00:00.000Z' }
  ]
}
const period = { from: '2026-01-01', to: '2026-12-31' }
const saguenay = { regions: ['02'], mrcs: [], industryCodes: [] }

describe('computeImpact for Saguenay–Lac-Saint-Jean in 2026', () => {
  const report = computeImpact(input, period, saguenay)

  it('coverage: companies of the region met at least once, by sector', () => {
    expect(report.coverage).toMatchObject({ total: 3, met: 2 })
    expect(report.coverage.bySector).toEqual([
      { industryCode: '5415', industryLabel: 'sector 5415', total: 2, met: 1 },
      { industryCode: '3364', industryLabel: 'sector 3364', total: 1, met: 1 }
    ])
  })

  it('interactions by type, in scope and in the period only', () => {
    expect(report.interactionsByKind).toEqual({ meeting: 2, call: 1 })
  })

  it('introductions made and their outcomes; proposed ones are not made', () => {
    expect(report.introductions).toEqual({ made: 2, withOutcome: 1, byOutcome: { partnership: 1 } })
  })

  it('financing requested, authorised and disbursed, by product and by partner', () => {
    expect(report.financing.total).toEqual({
      files: 2,
      requestedCents: 55_000_000,
      authorizedCents: 40_000_000,
      disbursedCents: 10_000_000
    })
    expect(report.financing.byProduct).toEqual([
      {
        product: 'term-loan',
        files: 1,
        requestedCents: 50_000_000,
        authorizedCents: 40_000_000,
        disbursedCents: 10_000_000
      },
      { product: 'grant', files: 1, requestedCents: 5_000_000, authorizedCents: 0, disbursedCents: 0 }
    ])
    expect(report.financing.byPartner.map((p) => [p.partnerId, p.files, p.requestedCents])).toEqual([
      ['bank', 1, 50_000_000],
      ['hub', 2, 55_000_000]
    ])
  })

  it('investment leveraged and jobs over supported projects', () => {
    expect(report.leverage).toEqual({ projectCostCents: 160_000_000, authorizedCents: 40_000_000, ratio: 4 })
    expect(report.jobs).toEqual({ created: 12, retained: 30 })
  })

  it('filters by sector prefix and MRC', () => {
    expect(
      computeImpact(input, period, { regions: [], mrcs: [], industryCodes: ['33'] }).coverage
    ).toMatchObject({ total: 1, met: 1 })
    expect(
      computeImpact(input, period, { regions: [], mrcs: ['Nowhere'], industryCodes: [] }).coverage.total
    ).toBe(0)
  })
})
