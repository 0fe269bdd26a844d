// @vitest-environment happy-dom
// A fast typist picks « Créer le contact … » and types the company's name at once: the look-up for a
// stored twin is still running when they type. What they typed meanwhile must stay in the field
// (it was wiped when the look-up answered, and the company name was lost on a busy machine).
import { cleanup, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PartyPicker, usePartyDirectory, type PartyRef } from '@renderer/features/interactions'
import { freshDatabase } from '../../../fixtures/database'
import { PartyPickerDriver } from '../drivers/PartyPickerDriver'
import { renderApp } from '../drivers/renderApp'

// the look-up answers only when the test says so
const lookUp = vi.hoisted(() => ({ answer: (): void => undefined }))
vi.mock('@renderer/features/close-records/findCloseRecords', () => ({
  findCloseContact: () => new Promise((resolve) => (lookUp.answer = () => resolve(null))),
  findCloseOrganization: () => new Promise((resolve) => (lookUp.answer = () => resolve(null)))
}))

function Harness() {
  const [value, setValue] = useState<PartyRef[]>([])
  const directory = usePartyDirectory(true)
  return (
    <div data-testid="picker">
      <PartyPicker value={value} onChange={setValue} directory={directory} allowCreate personFirst />
    </div>
  )
}

beforeEach(freshDatabase)
afterEach(cleanup)

describe('party picker, typing ahead of the duplicate check', { timeout: 20_000 }, () => {
  it('keeps the company name typed while « Créer le contact » was being checked', async () => {
    const view = renderApp(<Harness />)
    const picker = new PartyPickerDriver(/Entreprise ou contact/)
    await picker.type('Zoé Côté')
    await picker.offers(/^Créer le contact/)
    await picker.press('{Enter}')
    await picker.press('Drones')
    lookUp.answer()
    await waitFor(() => expect(picker.chosen(view.getByTestId('picker'))).toEqual(['Zoé Côté (nouveau)']))
    expect(picker.field()).toHaveProperty('value', 'Drones')
  })
})
