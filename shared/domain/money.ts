// Money is an integer number of cents, CAD. Shown and typed the Quebec way per language:
// "250 000 $" in French, "$250,000" in English.
import type { Language } from '../schemas/common'

const formatters = new Map<string, Intl.NumberFormat>()
function formatter(language: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
      style: 'currency',
      currency: 'CAD',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits
    })
    formatters.set(key, f)
  }
  return f
}

/** "250 000 $" / "$250,000"; cents shown only when there are some. */
export function formatCents(cents: number | null | undefined, language: Language): string {
  if (cents === null || cents === undefined) return ''
  const digits = cents % 100 === 0 ? 0 : 2
  return formatter(language, digits).format(cents / 100)
}

export type ParseMoneyResult =
  { ok: true; cents: number } | { ok: false; key: 'validation.amount' | 'validation.amountNegative' }

/**
 * Parse what a person types: "250 000 $", "250 000,50 $", "$250,000.50", "250000", "1,5 M$" is not
 * accepted (ambiguous). In French the comma is the decimal mark; in English it groups thousands.
 */
export function parseMoney(input: string, language: Language): ParseMoneyResult {
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\$|CAD|CA\$/gi, '')
  if (text === '') return { ok: false, key: 'validation.amount' }
  const negative = /^-|^\(.*\)$/.test(text)
  text = text.replace(/^-|^\(|\)$/g, '')
  if (language === 'fr') {
    // "250.000,50" is rare in Quebec but seen in pasted text; dots then group thousands.
    if (/,\d{1,2}$/.test(text) || !text.includes('.')) text = text.replace(/\./g, '').replace(',', '.')
    else text = text.replace(/,/g, '')
  } else {
    text = text.replace(/,/g, '')
  }
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, key: 'validation.amount' }
  if (negative) return { ok: false, key: 'validation.amountNegative' }
  const [whole, fraction = ''] = text.split('.')
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return { ok: false, key: 'validation.amount' }
  return { ok: true, cents }
}
