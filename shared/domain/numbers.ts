// Counts (employees, jobs) typed or imported the way each language writes numbers: « 1 200 » and
// « 12,5 » in French, "1,200" and "12.5" in English. A fraction is read as a fraction (never
// « 12,5 » → 125), so the schemas can refuse it where a whole number is expected.
import type { Language } from '../schemas/common'

const SPACES = /[\s\u00a0\u202f]/g
const GROUPS_OF_THREE = (separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`)

/**
 * The number a text holds: null when empty, NaN when it is not a number. French: the comma is the
 * decimal mark, a point followed by groups of three digits groups thousands (« 1.200 »), and so
 * does a comma when it is (« 1,200 », as money reads it). English: the point is the decimal mark;
 * a comma groups thousands, or is a decimal mark when not followed by exactly three digits
 * (« 12,5 » is twelve and a half in any language, never 125).
 */
export function parseLocaleNumber(text: string, language: Language): number | null {
  const compact = text.replace(SPACES, '')
  if (compact === '') return null
  if (!/^[+-]?\d[\d.,]*$/.test(compact)) return Number.NaN
  const sign = compact.startsWith('-') ? -1 : 1
  const digits = compact.replace(/^[+-]/, '')
  const thousands = language === 'fr' ? ['.', ','] : [',']
  for (const separator of thousands) {
    if (GROUPS_OF_THREE(separator).test(digits)) return sign * Number(digits.split(separator).join(''))
  }
  if (language === 'en' && digits.includes('.')) {
    return /^\d+(\.\d+)?$/.test(digits) ? sign * Number(digits) : Number.NaN
  }
  // One decimal mark at most: « 12,5 », « 12.5 »
  return /^\d+([.,]\d+)?$/.test(digits) ? sign * Number(digits.replace(',', '.')) : Number.NaN
}
