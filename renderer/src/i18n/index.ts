// French and English catalogues, one JSON file per screen or feature (fr/organizations.json holds the
// keys "organizations.*"), merged at start. Split per feature so features can grow their own text.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '@shared/schemas/common'

type Catalogue = Record<string, unknown>

function collect(files: Record<string, { default: Catalogue }>): Catalogue {
  const out: Catalogue = {}
  for (const [path, module] of Object.entries(files)) {
    const namespace = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '')
    out[namespace] = module.default
  }
  return out
}

export const catalogues = {
  fr: collect(import.meta.glob<{ default: Catalogue }>('./fr/*.json', { eager: true })),
  en: collect(import.meta.glob<{ default: Catalogue }>('./en/*.json', { eager: true }))
}

export const i18n = i18next

export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
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
