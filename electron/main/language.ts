import type { Language } from '@shared/schemas/common'

/** French when the system locale is French (fr, fr-CA, fr_FR...), English otherwise. */
export function languageFromLocale(locale: string): Language {
  return /^fr(?:$|[-_])/i.test(locale.trim()) ? 'fr' : 'en'
}
