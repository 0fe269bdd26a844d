// @vitest-environment happy-dom
// A form dialog that was never opened costs the page nothing, not even a key listener on the window
// (the company page holds four); it opens on first use as it always did, and gives the focus back.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDelete } from '@renderer/components/ConfirmDelete'
import { FormModal } from '@renderer/components/FormModal'
import { renderApp } from '../drivers/renderApp'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function Page({ withDialog }: { withDialog: boolean }) {
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button onClick={() => setOpened(true)}>Nouveau contact</button>
      {withDialog && (
        <FormModal opened={opened} onClose={() => setOpened(false)} title="Nouveau contact">
          <input aria-label="Prénom" />
        </FormModal>
      )}
    </>
  )
}

function DeletePage({ withDialog }: { withDialog: boolean }) {
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button onClick={() => setOpened(true)}>Supprimer</button>
      {withDialog && (
        <ConfirmDelete opened={opened} name="Acme" onCancel={() => setOpened(false)} onConfirm={() => {}} />
      )}
    </>
  )
}

/** Key listeners the page adds to the window as it renders. */
function windowKeyListeners(withDialog: boolean, Screen = Page): number {
  const add = vi.spyOn(window, 'addEventListener')
  renderApp(<Screen withDialog={withDialog} />)
  const count = add.mock.calls.filter(([type]) => type === 'keydown').length
  add.mockRestore()
  cleanup()
  return count
}

describe('a form dialog before its first opening', () => {
  it('adds no key listener to the window while it has never been opened', () => {
    expect(windowKeyListeners(true)).toBe(windowKeyListeners(false))
  })

  it('opens on first use and gives the focus back to its button when closed', async () => {
    renderApp(<Page withDialog />)
    const opener = screen.getByRole('button', { name: 'Nouveau contact' })
    opener.focus()
    fireEvent.click(opener)
    expect(await screen.findByRole('dialog', { name: 'Nouveau contact' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Prénom' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('holds for the delete confirmation too: nothing before, its question once asked', async () => {
    expect(windowKeyListeners(true, DeletePage)).toBe(windowKeyListeners(false, DeletePage))
    renderApp(<DeletePage withDialog />)
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('Acme')
  })
})
