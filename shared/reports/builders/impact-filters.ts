// What an impact workbook is of: the period and the region / MRC / sector filter, as a first
// "Filters" sheet in the reader's language and as a part of the file name, so a spreadsheet sent
// to a funder never loses which territory its figures cover.
import { formatDateInWords } from '../../domain/dates'
import type { ImpactFilter } from '../../domain/impact'
import { naicsLabel } from '../../domain/naics'
import { regionName } from '../../domain/regions'
import { foldText } from '../../domain/text'
import type { Language } from '../../schemas/common'
import { regionLabel } from '../columns'
import { sheetName } from '../localise'
import type { Period, Sheet } from '../types'

export type TranslateWith = (key: string, params?: Record<string, string>) => string

/** Longest filter part of a file name: a dozen MRCs would make a name no one can read. */
const MAX_LABEL = 60

function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** "02-saguenay-lac-saint-jean-5132": the filter for a file name, only [a-z0-9-]; '' when none. */
export function impactOpportunityLabel(filter: ImpactFilter, language: Language): string {
  const parts = [
    ...filter.regions.map((code) => `${code}-${regionLabel(code, language)}`),
    ...filter.mrcs,
    ...filter.industryCodes
  ]
  const label = slug(parts.join(' '))
  if (label.length <= MAX_LABEL) return label
  const cut = label.slice(0, MAX_LABEL)
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1))
}

/** The Filters sheet: one row per criterion, "all" in words when nothing narrows it. */
export function impactFiltersSheet(
  filter: ImpactFilter,
  period: Period,
  language: Language,
  t: TranslateWith
): Sheet {
  const listed = (values: string[], all: string) => (values.length ? values.join('; ') : t(all))
  const sectors = filter.industryCodes.map((code) => {
    const label = naicsLabel(code, language)
    return label ? `${code} · ${label}` : code
  })
  const from = formatDateInWords(period.from, language)
  const to = formatDateInWords(period.to, language)
  return {
    name: sheetName(t('reports.tables.impact.filters')),
    columns: [
      { header: t('reports.columns.criterion'), type: 'text', width: 20 },
      { header: t('reports.columns.filterValue'), type: 'text', width: 70 }
    ],
    rows: [
      [t('reports.period'), t('reports.periodLabel', { from, to })],
      [
        t('impact.filters.regions'),
        listed(
          filter.regions.map((code) => regionName(code, language)),
          'impact.filters.allRegions'
        )
      ],
      [t('impact.filters.mrcs'), listed(filter.mrcs, 'impact.filters.allMrcs')],
      [t('impact.filters.sectors'), listed(sectors, 'impact.filters.allSectors')]
    ]
  }
}
