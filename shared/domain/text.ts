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

// Letters, spaces and the punctuation of company and people's names, each given one key code in
// the collator's own order (equal characters share one): a text made only of these, accents and
// case folded away, sorts by plain code units exactly as the collator sorts it.
const KEY_CHARS = [...' abcdefghijklmnopqrstuvwxyz-–—\'’.,&()/:;!?"«»+@#']
const SKIPPED = -2
const keyCodes = new Int16Array(0x2100).fill(-1)
keyCodes.fill(SKIPPED, 0x300, 0x370) // combining accents, once NFD has taken them off their letter
KEY_CHARS.sort(collator.compare).forEach((char, i) => {
  const previous = KEY_CHARS[i - 1]
  const same = previous !== undefined && collator.compare(previous, char) === 0
  const code = same ? keyCodes[previous.charCodeAt(0)] : 0x20 + i
  keyCodes[char.charCodeAt(0)] = code
  keyCodes[char.toUpperCase().charCodeAt(0)] = code
})

/** The code-unit key of a text, or null when it holds anything else (digits sort by number). */
function textKey(value: string): string | null {
  const decomposed = value.normalize('NFD')
  const codes: number[] = []
  for (let i = 0; i < decomposed.length; i++) {
    const code = keyCodes[decomposed.charCodeAt(i)] ?? -1
    if (code === -1) return null
    if (code !== SKIPPED) codes.push(code)
  }
  return String.fromCharCode(...codes)
}

/** A text with its sort key worked out once, to sort thousands of them with compareSortable. */
export interface Sortable {
  text: string
  key: string | null
}

export const sortable = (text: string): Sortable => ({ text, key: textKey(text) })

/**
 * compareText on sortables: two keys compare as plain strings, several times cheaper than the
 * collator (5,000 names take ~60,000 comparisons); a text without a key goes to the collator,
 * which orders it the same way.
 */
export function compareSortable(a: Sortable, b: Sortable): number {
  if (a.key === null || b.key === null) return collator.compare(a.text, b.text)
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}
