// Turning spreadsheet text into field values: regions by code or name, counts with spaces, web
// addresses without a scheme, tag lists, languages in either language.
import { parseLocaleNumber } from '../domain/numbers'
import { QUEBEC_REGIONS, type RegionCode } from '../domain/regions'
import { foldText } from '../domain/text'
import type { Language } from '../schemas/common'

const regionKey = (text: string) => foldText(text).replace(/[–—-]/g, ' ').replace(/\s+/g, ' ')

/** "02", "2", "Saguenay–Lac-Saint-Jean", "saguenay lac saint jean", "Saguenay" → "02"; else null. */
export function regionFromText(text: string): RegionCode | null {
  const value = text.trim()
  if (/^\d{1,2}$/.test(value)) {
    const code = value.padStart(2, '0')
    return QUEBEC_REGIONS.find((r) => r.code === code)?.code ?? null
  }
  const key = regionKey(value.replace(/^\d{2}\s*[·.-]?\s*/, ''))
  if (!key) return null
  const exact = QUEBEC_REGIONS.find((r) => regionKey(r.fr) === key || regionKey(r.en) === key)
  if (exact) return exact.code
  const prefixed = QUEBEC_REGIONS.filter((r) => key.length >= 4 && regionKey(r.fr).startsWith(key))
  return prefixed.length === 1 ? prefixed[0].code : null
}

/** "1 200", "1,200" → 1200; « 12,5 » → 12.5 (refused by the schema, never 125); NaN when unreadable. */
export function countFromText(text: string, language: Language): number {
  return parseLocaleNumber(text, language) ?? Number.NaN
}

export function tagsFromText(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter(Boolean)
}

const FRENCH = new Set(['fr', 'francais', 'french', 'f', 'fra'])
const ENGLISH = new Set(['en', 'anglais', 'english', 'a', 'e', 'ang', 'eng'])

/** 'fr' | 'en', undefined when empty (the schema's default applies), null when unknown. */
export function languageFromText(text: string): 'fr' | 'en' | undefined | null {
  const key = foldText(text)
  if (!key) return undefined
  if (FRENCH.has(key)) return 'fr'
  if (ENGLISH.has(key)) return 'en'
  return null
}

/** "Éloïse Tremblay" → ["Éloïse", "Tremblay"]; "Marie-Ève de la Roche" → ["Marie-Ève", "de la Roche"]. */
export function splitFullName(text: string): [string, string] {
  const [first = '', ...rest] = text.trim().split(/\s+/)
  return [first, rest.join(' ')]
}
