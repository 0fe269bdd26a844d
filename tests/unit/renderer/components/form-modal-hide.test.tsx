// @vitest-environment happy-dom
// A save that shows its result at once takes its dialog off the screen in the same frame, and the
// dialog leaves the page when its owner closes it (the quick log closes it after the paint).
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FormModal, useHideFormModal } from '@renderer/components/FormModal'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

function SaveButton() {
  const hide = useHideFormModal()
  return <button onClick={() => hide?.()}>Enregistrer</button>
}

let setOpened: (opened: boolean) => void = () => {}

function Page({ onClose }: { onClose: () => void }) {
  const [opened, set] = useState(true)
  setOpened = set
  return (
    <FormModal opened={opened} onClose={onClose} title="Consigner une rencontre" instant>
      <input aria-label="Sujet" />
      <SaveButton />
    </FormModal>
  )
}

describe('hiding a form dialog at once', () => {
  it('takes the dialog off the screen without closing it; it leaves once closed, and opens again', async () => {
    const onClose = vi.fn()
    renderApp(<Page onClose={onClose} />)
    await screen.findByRole('dialog', { name: 'Consigner une rencontre' })
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Sujet' })).toBeNull()
    expect(onClose).not.toHaveBeenCalled()
    act(() => setOpened(false))
    expect(screen.queryByRole('textbox', { name: 'Sujet', hidden: true })).toBeNull()
    act(() => setOpened(true))
    expect(await screen.findByRole('dialog', { name: 'Consigner une rencontre' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Sujet' })).toBeTruthy()
  })
})
