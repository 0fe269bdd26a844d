// French and English catalogues, one JSON file per screen or feature, split per feature so features
// can grow their own text. Only the active language is loaded at start (loadLanguage, before
// initI18n); the other one loads when the person switches to it.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '@shared/schemas/common'
import type { Catalogue } from './collect'

export const i18n = i18next

const loaders: Record<Language, () => Promise<{ catalogue: Catalogue }>> = {
  fr: () => import('./fr'),
  en: () => import('./en')
}
const loaded = new Map<Language, Catalogue>()

/** Makes a language's texts available to initI18n (a test may give them, already imported). */
export function addLanguage(language: Language, catalogue: Catalogue): void {
  loaded.set(language, catalogue)
  if (i18next.isInitialized && !i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', catalogue)
  }
}

const loading = new Map<Language, Promise<void>>()

export function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return Promise.resolve()
  const pending =
    loading.get(language) ?? loaders[language]().then((module) => addLanguage(language, module.catalogue))
  loading.set(language, pending)
  return pending
}

/** Applies a language; its texts must have been loaded (loadLanguage) or given (addLanguage). */
export function initI18n(language: Language): typeof i18next {
  if (!loaded.has(language)) throw new Error(`initI18n: the ${language} texts are not loaded`)
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: Object.fromEntries([...loaded].map(([lng, catalogue]) => [lng, { translation: catalogue }])),
      lng: language,
      fallbackLng: 'fr',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false
    })
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language)
  }
  document.documentElement.lang = language === 'fr' ? 'fr-CA' : 'en-CA'
  return i18next
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'fr'
}
