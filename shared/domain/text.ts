// Accent- and case-insensitive text keys: "Éloïse" and "eloise" fold to the same key.
// Used by search, filters and duplicate detection.

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Lower-case, strip accents (NFD + remove combining marks), fold ligatures and collapse spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const LEGAL_SUFFIXES =
  /\b(inc|ltee|ltd|llc|corp|corporation|senc|s\.?e\.?n\.?c|enr|co|cie|limitee|incorporated)\b\.?/g

/**
 * Key for duplicate detection of organization names: folded, punctuation removed,
 * legal suffixes ("inc.", "ltée") dropped, so "Nordik Tech inc." = "NORDIK TECH".
 */
export function organizationNameKey(name: string): string {
  return foldText(name)
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Key for a person's name: folded "first last". */
export function personNameKey(firstName: string, lastName: string): string {
  return foldText(`${firstName} ${lastName}`)
}

/** True when every word of the query is a prefix of some word of the text (both folded). */
export function matchesFolded(haystack: string, query: string): boolean {
  const q = foldText(query)
  if (!q) return true
  const text = foldText(haystack)
  return q.split(' ').every((word) => text.includes(word))
}

/** Comparison for sorting French and English names the way a reader expects (accents ignored). */
const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true })
export function compareText(a: string, b: string): number {
  return collator.compare(a, b)
}
