// @vitest-environment happy-dom
// The company form's « Région » picker forgives: « capitale » typed without a capital finds
// « 03 · Capitale-Nationale », and Enter picks it instead of saving the company with the region
// it started with.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listOrganizations } from '@renderer/db/repositories/organizations'
import { OrganizationFormModal } from '@renderer/features/organizations/OrganizationFormModal'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

/** The lines the picker's own list offers (the form's other lists stay in the page, hidden). */
const offersOf = (field: HTMLElement) =>
  within(document.getElementById(field.getAttribute('aria-controls') ?? '') ?? document.createElement('div'))
    .queryAllByRole('option', { hidden: true })
    .map((o) => o.textContent)

beforeEach(() => freshDatabase())
afterEach(cleanup)

describe('company form, its region', { timeout: 30_000 }, () => {
  it('« capitale » then Enter picks region 03; the company is saved with it', async () => {
    const onSaved = vi.fn()
    renderApp(<OrganizationFormModal opened onClose={() => {}} onSaved={onSaved} />)
    const user = userEvent.setup()
    await user.type(await screen.findByRole('textbox', { name: /^Nom/, hidden: true }), 'Fromagerie Boréale')
    const region = screen.getByRole('combobox', { name: 'Région', hidden: true })
    await user.clear(region) // a new company starts in region 02
    await user.keyboard('capitale')
    await waitFor(() => expect(offersOf(region)).toEqual(['03 · Capitale-Nationale']))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(region).toHaveProperty('value', '03 · Capitale-Nationale'))
    expect(onSaved).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Créer l’entreprise', hidden: true }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const [saved] = await listOrganizations()
    expect([saved.name, saved.region]).toEqual(['Fromagerie Boréale', '03'])
  })
})
