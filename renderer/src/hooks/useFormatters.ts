import { useTranslation } from 'react-i18next'
import { daysSince, formatCalendarDate, formatDateInWords, formatTimestamp } from '@shared/domain/dates'
import { formatCents } from '@shared/domain/money'
import { formatPercent } from '@shared/domain/percent'
import type { Language } from '@shared/schemas/common'

function makeFormatters(language: Language) {
  const numbers = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA')
  return {
    language,
    date: (date: string | null | undefined) => formatCalendarDate(date, language),
    /** Written out, for a sentence: "3 mars 2026" / "March 3, 2026". */
    dateInWords: (date: string) => formatDateInWords(date, language),
    timestamp: (iso: string | null | undefined) => formatTimestamp(iso, language),
    money: (cents: number | null | undefined) => formatCents(cents, language),
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? '' : numbers.format(value),
    /** « 10 % » / "10%" for a ratio (0.1). */
    percent: (ratio: number) => formatPercent(ratio, language),
    daysSince: (iso: string) => daysSince(iso)
  }
}

export type Formatters = ReturnType<typeof makeFormatters>

// One set per language for the whole app: building an Intl formatter costs far more than using
// one, and every row of a list asks for these
const byLanguage = new Map<Language, Formatters>()

/** Dates, money and numbers in fr-CA or en-CA, following the interface language. */
export function useFormatters(): Formatters {
  return formattersFor(useTranslation().i18n.language)
}

/** The same for a component that already follows the language (its own useTranslation). */
export function formattersFor(interfaceLanguage: string): Formatters {
  const language: Language = interfaceLanguage === 'en' ? 'en' : 'fr'
  let formatters = byLanguage.get(language)
  if (!formatters) {
    formatters = makeFormatters(language)
    byLanguage.set(language, formatters)
  }
  return formatters
}
