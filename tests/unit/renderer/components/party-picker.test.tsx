// @vitest-environment happy-dom
// The party picker, driven like a person: a typo finds the existing record before « create »,
// Enter picks the first offer, Backspace in the empty field takes the last choice back.
import { cleanup, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { PartyPicker, usePartyDirectory, type PartyRef } from '@renderer/features/interactions'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'
import { PartyPickerDriver } from '../drivers/PartyPickerDriver'
import { renderApp } from '../drivers/renderApp'

function Harness({ draftOrganizations }: { draftOrganizations?: string[] }) {
  const [value, setValue] = useState<PartyRef[]>([])
  const directory = usePartyDirectory(true)
  return (
    <div data-testid="picker">
      <PartyPicker
        value={value}
        onChange={setValue}
        directory={directory}
        allowCreate
        draftOrganizations={draftOrganizations}
      />
    </div>
  )
}

beforeEach(async () => {
  await freshDatabase()
  const alumitek = await createOrganization(makeOrganization({ name: 'Alumitek' }))
  await createContact(
    makeContact({ firstName: 'Stéphane', lastName: 'Bergeron', email: '', organizationId: alumitek.id })
  )
})
afterEach(cleanup)

describe('party picker', { timeout: 20_000 }, () => {
  it('offers Stéphane Bergeron for « stephane bergron », before creating anyone', async () => {
    const view = renderApp(<Harness />)
    const picker = new PartyPickerDriver(/Entreprise ou contact/)
    await picker.type('stephane bergron')
    const offers = await picker.offers(/^Stéphane Bergeron/)
    expect(offers).toEqual([
      'Stéphane Bergeron · Alumitek',
      'Créer l’entreprise «\u00a0stephane bergron\u00a0»',
      'Créer le contact «\u00a0stephane bergron\u00a0»'
    ])
    await picker.press('{Enter}')
    await waitFor(() => expect(picker.chosen(view.getByTestId('picker'))).toEqual(['Stéphane Bergeron']))
  })

  it('finds « Alumitek » typed in lower case, and does not offer to create it again', async () => {
    renderApp(<Harness />)
    const picker = new PartyPickerDriver(/Entreprise ou contact/)
    await picker.type('alumitek')
    const offers = await picker.offers(/^Alumitek/)
    expect(offers).toEqual(['Alumitek · Saguenay', 'Créer le contact «\u00a0alumitek\u00a0»'])
  })

  it('offers a company typed on another line of the draft, typo and all', async () => {
    renderApp(<Harness draftOrganizations={['Drones Boréal']} />, 'en')
    const picker = new PartyPickerDriver(/Company or contact/)
    await picker.type('drones borael')
    const offers = await picker.offers(/^Drones Boréal/)
    expect(offers[0]).toBe('Drones Boréal (new, in this draft)')
  })

  it('takes the last choice back with Backspace in the empty field', async () => {
    const view = renderApp(<Harness />)
    const picker = new PartyPickerDriver(/Entreprise ou contact/)
    await picker.type('alumi')
    await picker.offers(/^Alumitek/)
    await picker.press('{Enter}')
    await waitFor(() => expect(picker.chosen(view.getByTestId('picker'))).toEqual(['Alumitek']))
    await picker.press('{Backspace}')
    expect(picker.chosen(view.getByTestId('picker'))).toEqual([])
  })
})
