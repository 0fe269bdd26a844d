import type { Language } from '../schemas/common'

/** "250 000 $" / "$250,000", written by hand: Intl's spaces differ between ICU versions. */
export function amountText(cents: number, language: Language): string {
  const grouped = String(Math.round(cents / 100)).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    language === 'fr' ? ' ' : ','
  )
  return language === 'fr' ? `${grouped} $` : `$${grouped}`
}
