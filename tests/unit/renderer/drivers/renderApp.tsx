// Renders a piece of the interface the way the app does (Mantine, French or English, a router, an
// in-page search index over a fresh database), for component tests driven like a person would.
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { runSearchInPageForTests } from '@renderer/features/search'
import { addLanguage, initI18n } from '@renderer/i18n'
import { catalogues } from '@renderer/i18n/catalogues'
import type { Language } from '@shared/schemas/common'

/** happy-dom has no document.fonts; Mantine's autosize textarea listens to it. */
function stubFonts(): void {
  if (!('fonts' in document) || !document.fonts) {
    Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true })
  }
}

export function renderApp(ui: ReactNode, language: Language = 'fr'): RenderResult {
  stubFonts()
  runSearchInPageForTests()
  addLanguage('fr', catalogues.fr)
  addLanguage('en', catalogues.en)
  const i18n = initI18n(language)
  return render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <Notifications />
          {ui}
        </MemoryRouter>
      </I18nextProvider>
    </MantineProvider>
  )
}
