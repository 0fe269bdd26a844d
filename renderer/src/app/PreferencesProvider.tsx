// The interface language: stored in settings, applied to i18n, Mantine dates and the native menu.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { setSetting } from '@renderer/db/repositories/settings'
import { initI18n, loadLanguage } from '@renderer/i18n'
import { getPlatform } from '@renderer/platform'
import type { Language } from '@shared/schemas/common'

interface Preferences {
  language: Language
  setLanguage: (language: Language) => Promise<void>
}

const PreferencesContext = createContext<Preferences | null>(null)

export function PreferencesProvider({
  initialLanguage,
  children
}: {
  initialLanguage: Language
  children: ReactNode
}) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)

  const setLanguage = useCallback(async (next: Language) => {
    // Only the start language's texts are loaded at start: the other one comes now
    await loadLanguage(next)
    initI18n(next)
    setLanguageState(next)
    await setSetting('language', next)
    await getPlatform().setLanguage(next)
  }, [])

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage])
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>
}

export function usePreferences(): Preferences {
  const context = useContext(PreferencesContext)
  if (!context) throw new Error('usePreferences outside PreferencesProvider')
  return context
}
