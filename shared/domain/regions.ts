// Quebec's 17 administrative regions, by official code. "02" is Saguenay–Lac-Saint-Jean.
export const QUEBEC_REGIONS = [
  { code: '01', fr: 'Bas-Saint-Laurent', en: 'Bas-Saint-Laurent' },
  { code: '02', fr: 'Saguenay–Lac-Saint-Jean', en: 'Saguenay–Lac-Saint-Jean' },
  { code: '03', fr: 'Capitale-Nationale', en: 'Capitale-Nationale' },
  { code: '04', fr: 'Mauricie', en: 'Mauricie' },
  { code: '05', fr: 'Estrie', en: 'Estrie' },
  { code: '06', fr: 'Montréal', en: 'Montréal' },
  { code: '07', fr: 'Outaouais', en: 'Outaouais' },
  { code: '08', fr: 'Abitibi-Témiscamingue', en: 'Abitibi-Témiscamingue' },
  { code: '09', fr: 'Côte-Nord', en: 'Côte-Nord' },
  { code: '10', fr: 'Nord-du-Québec', en: 'Nord-du-Québec' },
  { code: '11', fr: 'Gaspésie–Îles-de-la-Madeleine', en: 'Gaspésie–Îles-de-la-Madeleine' },
  { code: '12', fr: 'Chaudière-Appalaches', en: 'Chaudière-Appalaches' },
  { code: '13', fr: 'Laval', en: 'Laval' },
  { code: '14', fr: 'Lanaudière', en: 'Lanaudière' },
  { code: '15', fr: 'Laurentides', en: 'Laurentides' },
  { code: '16', fr: 'Montérégie', en: 'Montérégie' },
  { code: '17', fr: 'Centre-du-Québec', en: 'Centre-du-Québec' }
] as const

export type RegionCode = (typeof QUEBEC_REGIONS)[number]['code']

export const REGION_CODES = QUEBEC_REGIONS.map((r) => r.code) as [RegionCode, ...RegionCode[]]

export function regionName(code: string | null | undefined, language: 'fr' | 'en'): string {
  if (!code) return ''
  const region = QUEBEC_REGIONS.find((r) => r.code === code)
  return region ? `${region.code} · ${region[language]}` : code
}

/** MRCs (regional county municipalities) of Saguenay–Lac-Saint-Jean, offered as suggestions. */
export const SAGUENAY_MRCS = [
  'Saguenay (ville)',
  'Le Fjord-du-Saguenay',
  'Lac-Saint-Jean-Est',
  'Le Domaine-du-Roy',
  'Maria-Chapdelaine'
] as const
