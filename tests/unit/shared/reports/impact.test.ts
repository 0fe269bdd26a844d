// The impact report's tables, on the hand-made ecosystem whose figures are known (domain tests).
import { describe, expect, it } from 'vitest'
import { buildImpactReport } from '@shared/reports/builders'
import { localiseTables } from '@shared/reports/localise'
import en from '../../../../renderer/src/i18n/en/reports.json'
import fr from '../../../../renderer/src/i18n/fr/reports.json'
import { impactInput, impactPeriod, saguenay } from '../../../fixtures/impact-ecosystem'

const table = (id: string) => {
  const found = buildImpactReport(impactInput, impactPeriod, 'fr', { filter: saguenay }).tables.find(
    (t) => t.id === id
  )
  if (!found) throw new Error(`no table ${id}`)
  return found
}

describe('impact report for Saguenay–Lac-Saint-Jean in 2026', () => {
  it('totals: coverage, activity, financing, leverage and jobs in one row', () => {
    expect(table('impact.totals').rows).toEqual([
      {
        companiesInScope: 3,
        companiesMet: 2,
        coverage: 2 / 3,
        interactions: 3,
        introductionsMade: 2,
        files: 2,
        requested: 55_000_000,
        authorized: 40_000_000,
        disbursed: 10_000_000,
        projectCost: 160_000_000,
        leverage: 4,
        jobsCreated: 12,
        jobsRetained: 30
      }
    ])
  })

  it('names partners and lists only the products, kinds and outcomes that occurred', () => {
    expect(table('impact.byPartner').rows.map((r) => [r.partner, r.files, r.requested])).toEqual([
      ['bank', 1, 50_000_000],
      ['hub', 2, 55_000_000]
    ])
    expect(table('impact.byProduct').rows.map((r) => r.product)).toEqual(['term-loan', 'grant'])
    expect(table('impact.interactions').rows).toEqual([
      { kind: 'meeting', count: 2 },
      { kind: 'call', count: 1 }
    ])
    expect(table('impact.introductions').rows).toEqual([{ outcome: 'partnership', count: 1 }])
    expect(table('impact.coverage').rows[0]).toEqual({
      sector: '5415 · Conception de systèmes informatiques et services connexes',
      companiesInScope: 2,
      companiesMet: 1,
      coverage: 0.5
    })
  })

  it('has a title, headers and values in both languages', () => {
    for (const catalogue of [fr, en]) {
      const missing: string[] = []
      localiseTables(buildImpactReport(impactInput, impactPeriod, 'en').tables, (key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], {
            reports: catalogue
          })
        if (typeof text !== 'string') missing.push(key)
        return String(text)
      })
      expect(missing).toEqual([])
    }
  })
})
