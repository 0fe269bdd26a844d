// @vitest-environment happy-dom
// The search palette is not part of the start: it loads after it, or on the first Ctrl/Cmd+K or
// "/". Either way the first press must open it, focused on its box, with every letter typed at
// once after the shortcut in it.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { runCommand } from '@renderer/app/commands'
import { PreferencesProvider } from '@renderer/app/PreferencesProvider'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { runningSearchClient, SearchPalette } from '@renderer/features/search'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

const searchBox = () => screen.findByRole('textbox', { name: 'Rechercher' }, { timeout: 10_000 })

/** Ctrl/Cmd+K, then keys pressed at once, before anything has had time to load or take the focus. */
const openAndTypeAtOnce = (keys: string[]) =>
  act(() => {
    runCommand('open-search')
    keys.forEach((key) => fireEvent.keyDown(document.activeElement ?? document.body, { key }))
  })

/** The box's value once it has it. */
const expectBoxValue = async (value: string) => {
  const box = (await searchBox()) as HTMLInputElement
  await waitFor(() => expect(box.value).toBe(value))
}

/** Where the app is: what a line opened. */
function Location() {
  return <output aria-label="Page">{useLocation().pathname}</output>
}

const renderPalette = () =>
  renderApp(
    <PreferencesProvider initialLanguage="fr">
      <SearchPalette />
      <Location />
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
  await waitFor(() => expect(runningSearchClient()).not.toBeNull(), { timeout: 10_000 })
  expect(screen.queryByRole('textbox', { name: 'Rechercher' })).toBeNull()
})

it('keeps the letters typed at once after Ctrl/Cmd+K while it loads, Backspace included', async () => {
  renderPalette()
  openAndTypeAtOnce(['f', 'j', 'o', 'r', 'x', 'Backspace', 'd'])
  await expectBoxValue('fjord')
})

it('does not open when Escape is pressed while it loads', async () => {
  renderPalette()
  openAndTypeAtOnce(['a', 'Escape'])
  await waitFor(() => expect(runningSearchClient()).not.toBeNull())
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(screen.queryByRole('textbox', { name: 'Rechercher' })).toBeNull()
})

it('once loaded, still gives the box the letters typed before it has the focus', async () => {
  renderPalette()
  await waitFor(() => expect(runningSearchClient()).not.toBeNull(), { timeout: 10_000 })
  openAndTypeAtOnce(['É', 'l', 'a', 'n', ' ', '2'])
  await expectBoxValue('Élan 2')
})

it('Ctrl/Cmd+K again while its box has the focus leaves the letters typed to the box', async () => {
  renderPalette()
  openAndTypeAtOnce([])
  const box = await searchBox()
  await waitFor(() => expect(document.activeElement).toBe(box))
  openAndTypeAtOnce([])
  await userEvent.keyboard('al')
  expect((box as HTMLInputElement).value).toBe('al')
})

it('opens the first line when Enter is typed ahead with the letters while it loads', async () => {
  const company = await createOrganization({ name: 'Logiciels Fjordtech inc.' })
  renderPalette()
  openAndTypeAtOnce([...'fjord', 'Enter'])
  const page = screen.getByRole('status', { name: 'Page' })
  await waitFor(() => expect(page.textContent).toBe(`/companies/${company.id}`), { timeout: 10_000 })
  await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Rechercher' })).toBeNull())
})

it('an Enter typed ahead with nothing before it opens nothing', async () => {
  await createOrganization({ name: 'Logiciels Fjordtech inc.' })
  renderPalette()
  openAndTypeAtOnce(['Enter', ...'fjord'])
  await expectBoxValue('fjord')
  await screen.findByRole('group', { name: 'Entreprises (1)' }, { timeout: 10_000 })
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(screen.getByRole('status', { name: 'Page' }).textContent).toBe('/')
})
