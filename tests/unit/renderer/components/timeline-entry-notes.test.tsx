// @vitest-environment happy-dom
// A meeting's notes fold to three lines; « Lire la suite » shows only when they are longer, and
// shows up when a narrower window makes them longer.
import { act, cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { EntryNotes } from '@renderer/features/timeline/EntryNotes'
import { renderApp } from '../drivers/renderApp'

/** The notes' full height, in pixels; the fold shows 60 (happy-dom lays nothing out). */
let fullHeight = 0

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(() => fullHeight)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => Math.min(fullHeight, 60))
})
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const more = () => screen.queryByRole('button', { name: 'Lire la suite' })

it('offers « Lire la suite » for long notes, and « Réduire » once open', async () => {
  fullHeight = 130
  renderApp(
    <EntryNotes notes={'Visite de l’usine.\nTrois lignes de production.\nUn projet.\nUne relance.'} />
  )
  const button = await screen.findByRole('button', { name: 'Lire la suite' })
  expect(button.getAttribute('aria-expanded')).toBe('false')
  await userEvent.click(button)
  expect(screen.getByRole('button', { name: 'Réduire' }).getAttribute('aria-expanded')).toBe('true')
})

it('offers nothing for short notes, until the window narrows and they no longer fit', async () => {
  fullHeight = 40
  renderApp(<EntryNotes notes="Appel bref." />)
  expect(await screen.findByText('Appel bref.')).toBeTruthy()
  expect(more()).toBeNull()
  fullHeight = 90
  act(() => window.dispatchEvent(new Event('resize')))
  expect(more()).toBeTruthy()
})
