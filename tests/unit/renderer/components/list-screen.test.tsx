// @vitest-environment happy-dom
// A directory list as the officer uses it: the empty state offers to create or import, the search
// box narrows the count, a search that finds nothing says so, « Effacer les filtres » brings all
// back, and the filters stay for the session when the screen is left and opened again.
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { ContactsScreen } from '@renderer/features/contacts'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

beforeEach(async () => {
  sessionStorage.clear()
  await freshDatabase()
})
afterEach(() => cleanup())

const footer = (text: string) => screen.findByText(text, {}, { timeout: 10_000 })

it('an empty directory offers « Nouveau contact » and « Importer »', { timeout: 30_000 }, async () => {
  renderApp(<ContactsScreen />)
  expect(await screen.findByText('Aucun contact pour l’instant', {}, { timeout: 10_000 })).toBeTruthy()
  // in the header and again under the empty state's message
  expect(screen.getAllByRole('button', { name: 'Nouveau contact' })).toHaveLength(2)
  expect(screen.getAllByRole('button', { name: 'Importer' })).toHaveLength(2)
})

it(
  'the search narrows the count, says when nothing matches, clears, and is kept for the session',
  { timeout: 30_000 },
  async () => {
    for (const [firstName, lastName] of [
      ['Josée', 'Pelletier'],
      ['Stéphane', 'Bergeron'],
      ['Noémie', 'Gagnon']
    ])
      await createContact(makeContact({ firstName, lastName, email: '' }))
    const user = userEvent.setup()
    const view = renderApp(<ContactsScreen />)
    await footer('3 sur 3 contacts')

    const search = screen.getByRole('textbox', { name: 'Filtrer les contacts' })
    await user.type(search, 'noemie')
    await footer('1 sur 3 contacts')

    await user.type(search, 'zz')
    expect(await screen.findByText('Aucun contact ne correspond à ces filtres.')).toBeTruthy()

    await user.clear(search)
    await user.type(search, 'gagnon')
    await footer('1 sur 3 contacts')
    view.unmount()
    renderApp(<ContactsScreen />)
    await footer('1 sur 3 contacts')
    expect(screen.getByRole('textbox', { name: 'Filtrer les contacts' })).toHaveProperty('value', 'gagnon')

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }))
    await footer('3 sur 3 contacts')
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Filtrer les contacts' })).toHaveProperty('value', '')
    )
  }
)
