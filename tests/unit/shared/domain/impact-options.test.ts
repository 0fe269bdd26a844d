import { describe, expect, it } from 'vitest'
import { impactFilterOptions } from '@shared/domain/impact-options'
import { organizationSchema } from '@shared/schemas'

const T = '2026-01-01T00:00:00.000Z'
const org = (id: string, region: string, mrc: string, industryCode: string, kind = 'company') =>
  organizationSchema.parse({
    id,
    name: id,
    nameKey: id,
    kind,
    region,
    mrc,
    industryCode,
    industryLabel: `label ${industryCode}`,
    createdAt: T,
    updatedAt: T,
    deletedAt: null
  })

const organizations = [
  org('a', '02', 'Saguenay (ville)', '5415'),
  org('b', '02', 'Lac-Saint-Jean-Est', '3364'),
  org('c', '06', '', '5132'),
  org('bank', '03', 'Québec', '5221', 'funder')
]

describe('impact filter options', () => {
  it('offers the regions, MRCs and sectors of companies only', () => {
    expect(impactFilterOptions(organizations, { regions: [], mrcs: [], industryCodes: [] })).toEqual({
      regions: ['02', '06'],
      mrcs: ['Lac-Saint-Jean-Est', 'Saguenay (ville)'],
      sectors: [
        { code: '3364', label: 'label 3364' },
        { code: '5132', label: 'label 5132' },
        { code: '5415', label: 'label 5415' }
      ]
    })
  })

  it('narrows MRCs to the chosen regions and sectors to the chosen MRCs', () => {
    const options = impactFilterOptions(organizations, {
      regions: ['02'],
      mrcs: ['Lac-Saint-Jean-Est'],
      industryCodes: []
    })
    expect(options.regions).toEqual(['02', '06'])
    expect(options.mrcs).toEqual(['Lac-Saint-Jean-Est', 'Saguenay (ville)'])
    expect(options.sectors.map((s) => s.code)).toEqual(['3364'])
  })
})
