// Money is an integer number of cents, CAD. Shown and typed the Quebec way per language:
// "250 000 $" in French, "$250,000" in English.
import type { Language } from '../schemas/common'

/** The largest amount a record accepts (centsSchema's maximum). */
export const MAX_CENTS = 1e15

const formatters = new Map<string, Intl.NumberFormat>()
function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = make()))
  return f
}

const locale = (language: Language) => (language === 'fr' ? 'fr-CA' : 'en-CA')

function formatter(language: Language, fractionDigits: number): Intl.NumberFormat {
  return cached(
    `${language}:${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale(language), {
        style: 'currency',
        currency: 'CAD',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits
      })
  )
}

/** "250 000 $" / "$250,000"; cents shown only when there are some. */
export function formatCents(cents: number | null | undefined, language: Language): string {
  if (cents === null || cents === undefined) return ''
  const digits = cents % 100 === 0 ? 0 : 2
  return formatter(language, digits).format(cents / 100)
}

/** "2,5 M$" / "$2.5M": for chart axes and tight board columns. */
export function formatCentsCompact(cents: number, language: Language): string {
  return cached(
    `${language}:compact`,
    () =>
      new Intl.NumberFormat(locale(language), {
        style: 'currency',
        currency: 'CAD',
        notation: 'compact',
        maximumFractionDigits: 1
      })
  ).format(cents / 100)
}

export type MoneyErrorKey = 'validation.amount' | 'validation.amountNegative' | 'validation.amountTooLarge'
export type ParseMoneyResult = { ok: true; cents: number } | { ok: false; key: MoneyErrorKey }

/** "250,000" and "1.250.000": every separator is followed by exactly three digits. */
const THOUSANDS_ONLY = /^\d{1,3}([.,]\d{3})+$/

/** French: the comma is the decimal mark, but "250,000" (groups of three) can only mean thousands. */
function normaliseFrench(text: string): string {
  if (THOUSANDS_ONLY.test(text) && !(text.includes(',') && text.includes('.')))
    return text.replace(/[.,]/g, '')
  // "250.000,50" is rare in Quebec but seen in pasted text; dots then group thousands.
  if (/,\d{1,2}$/.test(text) || !text.includes('.')) return text.replace(/\./g, '').replace(',', '.')
  return text.replace(/,/g, '')
}

/**
 * Parse what a person types: "250 000 $", "250 000,50 $", "250,000 $", "$250,000.50", "250000".
 * "1,5 M$" is not accepted (ambiguous). In French the comma is the decimal mark; in English it
 * groups thousands.
 */
export function parseMoney(input: string, language: Language): ParseMoneyResult {
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\$|CAD|CA\$/gi, '')
  if (text === '') return { ok: false, key: 'validation.amount' }
  const negative = /^-|^\(.*\)$/.test(text)
  text = text.replace(/^-|^\(|\)$/g, '')
  text = language === 'fr' ? normaliseFrench(text) : text.replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, key: 'validation.amount' }
  if (negative) return { ok: false, key: 'validation.amountNegative' }
  const [whole, fraction = ''] = text.split('.')
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS)
    return { ok: false, key: 'validation.amountTooLarge' }
  return { ok: true, cents }
}

/** An optional amount field: empty is null, anything else must parse. */
export function parseOptionalMoney(
  input: string,
  language: Language
): { ok: true; cents: number | null } | { ok: false; key: MoneyErrorKey } {
  return input.trim() === '' ? { ok: true, cents: null } : parseMoney(input, language)
}
