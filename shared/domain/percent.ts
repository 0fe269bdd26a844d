// Percentages the way each language writes them: « 10 % » (non-breaking space) in French,
// "10%" in English. One formatter for every percentage the app shows.
import type { Language } from '../schemas/common'

const formatters = new Map<Language, Intl.NumberFormat>()

/** « 10 % » / "10%" for a ratio (0.1), rounded to a whole percent. */
export function formatPercent(ratio: number, language: Language): string {
  let formatter = formatters.get(language)
  if (!formatter) {
    formatter = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent' })
    formatters.set(language, formatter)
  }
  return formatter.format(ratio)
}

/** What follows the number in a percentage field: « % » after a non-breaking space / "%". */
export function percentSuffix(language: Language): string {
  return formatPercent(0, language).replace('0', '')
}
