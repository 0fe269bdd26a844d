// @vitest-environment happy-dom
// Enter picks the highlighted match even when the browser runs the list's opening timer late: on a
// busy laptop, Chrome ran it after the last letter typed, and it took the highlight's place (Enter
// then did nothing and the typed « fjordtek » stayed in the field).
import { Select } from '@mantine/core'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { renderApp } from '../drivers/renderApp'

const COMPANIES = [
  { value: 'a', label: 'Aéro-Boréal Composites' },
  { value: 'f', label: 'Logiciels Fjordtech inc.' },
  { value: 'p', label: 'Péribonka Solaire' }
]

function Picker({ onPick }: { onPick: (value: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null)
  return (
    <Select
      label="Entreprise"
      data={COMPANIES}
      searchable
      {...PICKER_KEYS}
      filter={foldedFilter}
      value={value}
      onChange={(next) => {
        setValue(next)
        onPick(next)
      }}
    />
  )
}

afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

describe('a picker on a busy machine', () => {
  it('Enter picks « Logiciels Fjordtech inc. » for « fjordtek » typed before any timer ran', () => {
    vi.useFakeTimers()
    const onPick = vi.fn()
    renderApp(<Picker onPick={onPick} />)
    const field = screen.getByRole('combobox', { name: 'Entreprise' })
    field.focus()
    let typed = ''
    for (const letter of 'fjordtek') {
      typed += letter
      fireEvent.change(field, { target: { value: typed } })
    }
    act(() => vi.runOnlyPendingTimers()) // the timers the typing scheduled run only now
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Logiciels Fjordtech inc.'])
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter' })
    expect(onPick).toHaveBeenCalledWith('f')
    expect(field).toHaveProperty('value', 'Logiciels Fjordtech inc.')
  })
})
