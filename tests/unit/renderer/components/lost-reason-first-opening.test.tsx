// @vitest-environment happy-dom
// The board holds the lost-reason dialog for the moves to a lost stage: never asked, it costs the
// board's screen nothing, not even a key listener on the window; asked, it opens as it always did.
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LostReasonModal } from '@renderer/features/pipeline/LostReasonModal'
import { renderApp } from '../drivers/renderApp'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function Board({ withDialog }: { withDialog: boolean }) {
  const [losing, setLosing] = useState<string | null>(null)
  return (
    <>
      <button onClick={() => setLosing('Prêt Alumitek')}>Perdu</button>
      {withDialog && (
        <LostReasonModal title={losing} onCancel={() => setLosing(null)} onConfirm={() => setLosing(null)} />
      )}
    </>
  )
}

/** Key listeners the page adds to the window as it renders. */
function windowKeyListeners(withDialog: boolean): number {
  const add = vi.spyOn(window, 'addEventListener')
  renderApp(<Board withDialog={withDialog} />)
  const count = add.mock.calls.filter(([type]) => type === 'keydown').length
  add.mockRestore()
  cleanup()
  return count
}

describe('the lost-reason dialog before its first opening', () => {
  it('adds no key listener to the window while no move asked for it', () => {
    expect(windowKeyListeners(true)).toBe(windowKeyListeners(false))
  })

  it('opens with the file’s reason field when a move asks', async () => {
    renderApp(<Board withDialog />)
    fireEvent.click(screen.getByRole('button', { name: 'Perdu' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('Prêt Alumitek')
    expect(screen.getByRole('textbox')).toBeTruthy()
  })
})
