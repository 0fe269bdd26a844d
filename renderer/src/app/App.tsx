import 'dayjs/locale/fr-ca'
import 'dayjs/locale/en-ca'
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { RouterProvider } from 'react-router'
import { getPlatform } from '@renderer/platform'
import type { Boot } from './bootstrap'
import { PreferencesProvider, usePreferences } from './PreferencesProvider'
import { router } from './routes'
import { LocalisedTheme } from './LocalisedTheme'
import { cssVariablesResolver, theme } from './theme'

const colorSchemeManager = localStorageColorSchemeManager({ key: 'relais-color-scheme' })

function LocalisedApp() {
  const { language } = usePreferences()
  useEffect(() => {
    void getPlatform().setLanguage(language)
  }, [language])
  return (
    <LocalisedTheme>
      <DatesProvider settings={{ locale: language === 'fr' ? 'fr-ca' : 'en-ca', firstDayOfWeek: 0 }}>
        <Notifications position="bottom-right" limit={4} />
        <RouterProvider router={router} />
      </DatesProvider>
    </LocalisedTheme>
  )
}

export function App({ boot }: { boot: Boot }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <PreferencesProvider initialLanguage={boot.language}>
        <LocalisedApp />
      </PreferencesProvider>
    </MantineProvider>
  )
}
