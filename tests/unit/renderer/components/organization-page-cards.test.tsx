// @vitest-environment happy-dom
// A company's page does not wait for the company's own record to show its people and its story:
// the cards read by the company's id at once, the header follows with the name.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { buildInteraction } from '@renderer/db/repositories/interactions'
import * as organizations from '@renderer/db/repositories/organizations'
import { db } from '@renderer/db/schema'
import { OrganizationScreen } from '@renderer/features/organizations/OrganizationScreen'
import type { Organization } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

vi.mock('@renderer/db/repositories/organizations', async (original) => ({
  ...(await original<object>()),
  getOrganization: vi.fn()
}))

const getOrganization = vi.mocked(organizations.getOrganization)
let company: Organization

beforeEach(async () => {
  await freshDatabase()
  company = await organizations.createOrganization(makeOrganization({ name: 'Alumitek' }))
  await createContact(makeContact({ firstName: 'Léa', lastName: 'Tremblay', organizationId: company.id }))
  await db().interactions.add(
    buildInteraction({
      title: 'Visite de l’usine',
      occurredAt: '2026-03-02T15:00:00.000Z',
      organizationIds: [company.id]
    })
  )
})
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const openPage = (id: string) =>
  renderApp(
    <Routes location={`/companies/${id}`}>
      <Route path="/companies/:id" element={<OrganizationScreen />} />
    </Routes>
  )

it('shows the company’s people and timeline while its own record is still being read', async () => {
  let giveCompany: (value: Organization) => void = () => {}
  getOrganization.mockReturnValue(new Promise((resolve) => (giveCompany = resolve)))
  openPage(company.id)

  const timeline = await screen.findByRole('region', { name: /Historique/ })
  expect(await within(timeline).findByRole('listitem', { name: 'Visite de l’usine' })).toBeTruthy()
  expect(await screen.findByText('Léa Tremblay')).toBeTruthy()
  expect(screen.queryByRole('heading', { name: 'Alumitek' })).toBeNull()

  giveCompany(company)
  expect(await screen.findByRole('heading', { name: 'Alumitek' })).toBeTruthy()
})

it('says the company cannot be found, with none of its cards, when the id matches nothing', async () => {
  getOrganization.mockResolvedValue(undefined)
  openPage('nowhere')

  expect(await screen.findByText('Cette entreprise est introuvable')).toBeTruthy()
  await waitFor(() => expect(screen.queryByRole('region', { name: /Historique/ })).toBeNull())
})
