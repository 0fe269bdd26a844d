// @vitest-environment happy-dom
// The search palette is not part of the start: it loads after it, or on the first Ctrl/Cmd+K or
// "/". Either way the first press must open it, focused on its box.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { runCommand } from '@renderer/app/commands'
import { PreferencesProvider } from '@renderer/app/PreferencesProvider'
import { runningSearchClient, SearchPalette } from '@renderer/features/search'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

const searchBox = () => screen.findByRole('textbox', { name: 'Rechercher' }, { timeout: 3000 })

const renderPalette = () =>
  renderApp(
    <PreferencesProvider initialLanguage="fr">
      <SearchPalette />
    </PreferencesProvider>
  )

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => cleanup())

it('opens on the first Ctrl/Cmd+K command, before it has loaded', async () => {
  renderPalette()
  expect(runningSearchClient()).toBeNull()
  act(() => {
    expect(runCommand('open-search')).toBe(true)
  })
  const box = await searchBox()
  await waitFor(() => expect(document.activeElement).toBe(box))
})

it('opens on the first "/" typed outside a field, before it has loaded', async () => {
  renderPalette()
  await userEvent.keyboard('/')
  const box = await searchBox()
  await waitFor(() => expect(document.activeElement).toBe(box))
})

it('loads by itself after start, closed, with its search index running', async () => {
  renderPalette()
  expect(runningSearchClient()).toBeNull()
  await waitFor(() => expect(runningSearchClient()).not.toBeNull(), { timeout: 6000 })
  expect(screen.queryByRole('textbox', { name: 'Rechercher' })).toBeNull()
})
