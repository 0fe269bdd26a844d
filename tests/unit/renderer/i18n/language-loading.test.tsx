// @vitest-environment happy-dom
// Only the active language's texts load at start; the other language's come when the person
// switches to it, and the switch still shows them at once.
import { MantineProvider } from '@mantine/core'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { PreferencesProvider } from '@renderer/app/PreferencesProvider'
import { LanguageSwitch } from '@renderer/components/LanguageSwitch'
import { initI18n, loadLanguage } from '@renderer/i18n'
import { freshDatabase } from '../../../fixtures/database'

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => cleanup())

it('refuses a language whose texts were not loaded', () => {
  expect(() => initI18n('en')).toThrow('the en texts are not loaded')
})

it('starts in French alone, then speaks English as soon as English is chosen', async () => {
  await loadLanguage('fr')
  const i18n = initI18n('fr')
  expect(i18n.t('settings.language.label', { lng: 'en' })).toBe('Langue de l’interface')
  render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <PreferencesProvider initialLanguage="fr">
          <LanguageSwitch />
        </PreferencesProvider>
      </I18nextProvider>
    </MantineProvider>
  )
  const french = screen.getByRole('radiogroup', { name: 'Langue de l’interface' })
  await userEvent.click(within(french).getByText('English'))
  expect(await screen.findByRole('radiogroup', { name: 'Interface language' })).toBeTruthy()
  expect(document.documentElement.lang).toBe('en-CA')
})
