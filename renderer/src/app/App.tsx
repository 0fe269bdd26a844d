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
import { theme } from './theme'

const colorSchemeManager = localStorageColorSchemeManager({ key: 'relais-color-scheme' })

function LocalisedApp() {
  const { language } = usePreferences()
  useEffect(() => {
    void getPlatform().setLanguage(language)
  }, [language])
  return (
    <DatesProvider settings={{ locale: language === 'fr' ? 'fr-ca' : 'en-ca', firstDayOfWeek: 0 }}>
      <Notifications position="bottom-right" limit={4} />
      <RouterProvider router={router} />
    </DatesProvider>
  )
}

export function App({ boot }: { boot: Boot }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <PreferencesProvider initialLanguage={boot.language}>
        <LocalisedApp />
      </PreferencesProvider>
    </MantineProvider>
  )
}
