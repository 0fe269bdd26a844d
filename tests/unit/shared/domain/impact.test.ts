// Impact figures of a small hand-made ecosystem, worked out by hand.
import { describe, expect, it } from 'vitest'
import { computeImpact } from '@shared/domain/impact-compute'
import { impactInput, impactPeriod, saguenay } from '../../../fixtures/impact-ecosystem'

describe('computeImpact for Saguenay–Lac-Saint-Jean in 2026', () => {
  const report = computeImpact(impactInput, impactPeriod, saguenay)

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

  it('led to an outcome: a result, not "no follow-up", counted in the period it was reached in', () => {
    const base = impactInput.introductions[0]
    const introductions = [
      { ...base, outcome: 'no-follow-up' as const },
      // made last year, result this year: a result of this year
      { ...base, madeAt: '2025-11-01', outcomeAt: '2026-02-15T15:00:00.000Z' },
      // result last year, edited this year: not this year's
      { ...base, outcomeAt: '2025-12-15T15:00:00.000Z', updatedAt: '2026-03-01T15:00:00.000Z' },
      // from before outcomeAt was kept: its last change stands for it
      { ...base, outcomeAt: undefined, updatedAt: '2026-04-01T15:00:00.000Z' }
    ]
    const { introductions: figures } = computeImpact(
      { ...impactInput, introductions },
      impactPeriod,
      saguenay
    )
    expect(figures.withOutcome).toBe(2)
    expect(figures.made).toBe(3)
    expect(figures.byOutcome).toEqual({ 'no-follow-up': 1, partnership: 2 })
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

  it('filters by sector prefix and by an MRC that matches nothing', () => {
    expect(
      computeImpact(impactInput, impactPeriod, { regions: [], mrcs: [], industryCodes: ['33'] }).coverage
    ).toMatchObject({ total: 1, met: 1 })
    expect(
      computeImpact(impactInput, impactPeriod, { regions: [], mrcs: ['Nowhere'], industryCodes: [] }).coverage
        .total
    ).toBe(0)
  })
})

describe('computeImpact for the MRC of Lac-Saint-Jean-Est in 2026 (companies b and c)', () => {
  const report = computeImpact(impactInput, impactPeriod, {
    regions: [],
    mrcs: ['Lac-Saint-Jean-Est'],
    industryCodes: []
  })

  it('covers c (met in May) but not b (met before the period, then a deleted meeting)', () => {
    expect(report.coverage).toEqual({
      total: 2,
      met: 1,
      bySector: [
        { industryCode: '3364', industryLabel: 'sector 3364', total: 1, met: 1 },
        { industryCode: '5415', industryLabel: 'sector 5415', total: 1, met: 0 }
      ]
    })
    expect(report.interactionsByKind).toEqual({ meeting: 1 })
  })

  it('counts both introductions made with someone of b, and only the grant moved in the period', () => {
    expect(report.introductions).toEqual({ made: 2, withOutcome: 1, byOutcome: { partnership: 1 } })
    expect(report.financing.total).toEqual({
      files: 1,
      requestedCents: 5_000_000,
      authorizedCents: 0,
      disbursedCents: 0
    })
    expect(report.financing.byPartner.map((p) => [p.partnerId, p.files])).toEqual([['hub', 1]])
    // f2's 99 jobs and its $300,000 project do not count: nothing was authorised
    expect(report.jobs).toEqual({ created: 0, retained: 0 })
    expect(report.leverage).toEqual({ projectCostCents: 0, authorizedCents: 0, ratio: null })
  })

  it('adds up the MRCs chosen together, and crosses them with the sector', () => {
    const both = { regions: [], mrcs: ['Le Fjord-du-Saguenay', 'Lac-Saint-Jean-Est'], industryCodes: [] }
    expect(computeImpact(impactInput, impactPeriod, both).coverage).toMatchObject({ total: 3, met: 2 })
    expect(computeImpact(impactInput, impactPeriod, both).financing.total.requestedCents).toBe(55_000_000)
    const fjordSoftware = { regions: ['02'], mrcs: ['Le Fjord-du-Saguenay'], industryCodes: ['54'] }
    const fjord = computeImpact(impactInput, impactPeriod, fjordSoftware)
    expect(fjord.coverage).toMatchObject({ total: 1, met: 1 })
    expect(fjord.interactionsByKind).toEqual({ meeting: 1, call: 1 })
    expect(fjord.leverage.ratio).toBe(4)
    expect(fjord.jobs).toEqual({ created: 12, retained: 30 })
  })
})
