// @vitest-environment happy-dom
// While a form dialog is open, the page behind does not scroll under the wheel, and it keeps its
// scroll bar: the page is not restyled (hiding <body>'s scroll bar restyled and repainted the whole
// page in the frame that closed the quick log over its new timeline entry).
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FormModal } from '@renderer/components/FormModal'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

function Page({ opened }: { opened: boolean }) {
  return (
    <>
      <p>Le journal de la semaine</p>
      <FormModal opened={opened} onClose={() => {}} title="Consigner une rencontre" instant>
        <input aria-label="Sujet" />
      </FormModal>
    </>
  )
}

describe('form dialog and the page behind', () => {
  it('holds the page still under the wheel without hiding its scroll bar', async () => {
    renderApp(<Page opened />)
    await screen.findByRole('dialog', { name: 'Consigner une rencontre' })
    const page = screen.getByText('Le journal de la semaine')
    // fireEvent returns false when a handler prevented the default (the scroll)
    expect(fireEvent.wheel(page, { deltaY: 120 })).toBe(false)
    expect(document.body.hasAttribute('data-scroll-locked')).toBe(false)
    expect(getComputedStyle(document.body).overflow).not.toBe('hidden')
  })

  it('lets the page scroll once closed', () => {
    renderApp(<Page opened={false} />)
    expect(fireEvent.wheel(screen.getByText('Le journal de la semaine'), { deltaY: 120 })).toBe(true)
  })
})
