// The impact workbook states its filter: in the file name (sanitised) and in a first Filters sheet.
import { describe, expect, it } from 'vitest'
import { NO_IMPACT_FILTER, impactOpportunityLabel, impactFiltersSheet } from '@shared/reports/builders'
import enImpact from '../../../../renderer/src/i18n/en/impact.json'
import enReports from '../../../../renderer/src/i18n/en/reports.json'
import frImpact from '../../../../renderer/src/i18n/fr/impact.json'
import frReports from '../../../../renderer/src/i18n/fr/reports.json'

/** A translator over the real catalogues, with i18next's {{name}} interpolation; throws on a missing key. */
function translator(catalogue: Record<string, unknown>) {
  return (key: string, params: Record<string, string> = {}) => {
    const text = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue)
    if (typeof text !== 'string') throw new Error(`missing ${key}`)
    return text.replace(/{{(\w+)}}/g, (_, name: string) => params[name] ?? '')
  }
}
const fr = translator({ reports: frReports, impact: frImpact })
const en = translator({ reports: enReports, impact: enImpact })
const year = { from: '2026-01-01', to: '2026-12-31' }
const fjordSoftware = { regions: ['02'], mrcs: ['Le Fjord-du-Saguenay'], industryCodes: ['5132'] }

describe('the impact file name', () => {
  it('names the region, MRC and sector chosen, folded to [a-z0-9-]', () => {
    expect(impactOpportunityLabel({ ...NO_IMPACT_FILTER, regions: ['02'] }, 'fr')).toBe(
      '02-saguenay-lac-saint-jean'
    )
    expect(impactOpportunityLabel(fjordSoftware, 'fr')).toBe(
      '02-saguenay-lac-saint-jean-le-fjord-du-saguenay-5132'
    )
    expect(impactOpportunityLabel({ ...NO_IMPACT_FILTER, mrcs: ['L’Île-d’Orléans / "test"*?'] }, 'fr')).toBe(
      'l-ile-d-orleans-test'
    )
    expect(impactOpportunityLabel(NO_IMPACT_FILTER, 'fr')).toBe('')
  })

  it('stays short when many values are chosen, cut between words', () => {
    const many = {
      regions: ['02', '03', '06', '01'],
      mrcs: ['Lac-Saint-Jean-Est', 'Maria-Chapdelaine'],
      industryCodes: []
    }
    const label = impactOpportunityLabel(many, 'fr')
    expect(label.length).toBeLessThanOrEqual(60)
    expect(label).toMatch(/^02-saguenay-lac-saint-jean-03-[a-z0-9-]*[a-z0-9]$/)
  })
})

describe('the Filters sheet', () => {
  it('states the period and each filter in French, "all" in words where nothing narrows it', () => {
    const sheet = impactFiltersSheet({ ...fjordSoftware, industryCodes: [] }, year, 'fr', fr)
    expect(sheet.name).toBe('Filtres')
    expect(sheet.columns.map((c) => c.header)).toEqual(['Critère', 'Valeur retenue'])
    expect(sheet.rows).toEqual([
      ['Période', 'Du 1er janvier 2026 au 31 décembre 2026'],
      ['Régions', '02 · Saguenay–Lac-Saint-Jean'],
      ['MRC', 'Le Fjord-du-Saguenay'],
      ['Secteurs (SCIAN)', 'Tous les secteurs']
    ])
  })

  it('in English, several values together', () => {
    const filter = { regions: [], mrcs: ['Lac-Saint-Jean-Est', 'Maria-Chapdelaine'], industryCodes: ['5132'] }
    const sheet = impactFiltersSheet(filter, year, 'en', en)
    expect(sheet.name).toBe('Filters')
    expect(sheet.rows).toEqual([
      ['Period', 'From January 1, 2026 to December 31, 2026'],
      ['Regions', 'All regions'],
      ['RCMs', 'Lac-Saint-Jean-Est; Maria-Chapdelaine'],
      ['Sectors (NAICS)', '5132 · Software publishers']
    ])
  })
})
