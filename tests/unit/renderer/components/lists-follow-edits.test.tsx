// @vitest-environment happy-dom
// The Companies list's rows and the board's cards are memoised (a scroll or a move re-renders only
// what changed): an edit made while they are on screen still shows at once, and their links open
// the record.
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createOpportunity, updateOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization, updateOrganization } from '@renderer/db/repositories/organizations'
import { OrganizationsScreen } from '@renderer/features/organizations'
import { PipelineScreen } from '@renderer/features/pipeline/PipelineScreen'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

let companyId = ''
let fileId = ''

beforeEach(async () => {
  // happy-dom lays nothing out: give the virtual lists a screen's height to fill
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
  sessionStorage.clear()
  localStorage.clear()
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek', tier: 'key-account' }))).id
  await createOrganization(makeOrganization({ name: 'Boréalis Robotique' }))
  fileId = (
    await createOpportunity({
      organizationId: companyId,
      title: 'Prêt croissance',
      requestedCents: 25_000_000
    })
  ).id
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const opened = (path: string) => <p>ouvert : {path}</p>

it(
  'a company renamed while the list shows it is renamed in its row, and its name opens it',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup()
    renderApp(
      <Routes>
        <Route path="/" element={<OrganizationsScreen />} />
        <Route path="/companies/:id" element={opened('entreprise')} />
      </Routes>
    )
    const link = await screen.findByRole('link', { name: 'Alumitek' }, { timeout: 10_000 })
    expect(link.closest('[role=row]')?.textContent).toContain('Compte clé')
    expect(link.closest('[role=row]')?.textContent).toContain('Entreprise')
    await updateOrganization(companyId, { name: 'Alumitek Québec', tier: null })
    const row = (await screen.findByRole('link', { name: 'Alumitek Québec' }, { timeout: 10_000 })).closest(
      '[role=row]'
    )
    expect(row?.textContent).not.toContain('Compte clé')
    expect(screen.getByRole('link', { name: 'Boréalis Robotique' })).toBeTruthy()

    await user.click(screen.getByRole('link', { name: 'Alumitek Québec' }))
    expect(await screen.findByText('ouvert : entreprise')).toBeTruthy()
  }
)

it('a heading sorts the list and says which way', async () => {
  const user = userEvent.setup()
  renderApp(<OrganizationsScreen />)
  await screen.findByRole('link', { name: 'Alumitek' }, { timeout: 10_000 })
  const names = () => screen.getAllByRole('row').flatMap((row) => row.querySelector('a')?.textContent ?? [])
  const nameHeading = () => screen.getByRole('columnheader', { name: 'Nom' })
  expect(names()).toEqual(['Alumitek', 'Boréalis Robotique'])
  expect(nameHeading().getAttribute('aria-sort')).toBe('ascending')

  await user.click(screen.getByRole('button', { name: 'Nom' }))
  await waitFor(() => expect(names()).toEqual(['Boréalis Robotique', 'Alumitek']))
  expect(nameHeading().getAttribute('aria-sort')).toBe('descending')
})

it(
  'a file edited while the board shows it changes on its card, and its title opens it',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup()
    renderApp(
      <Routes>
        <Route path="/" element={<PipelineScreen />} />
        <Route path="/pipeline/:id" element={opened('dossier')} />
      </Routes>
    )
    await screen.findByRole('link', { name: 'Prêt croissance' }, { timeout: 10_000 })
    await updateOpportunity(fileId, { title: 'Prêt croissance II', requestedCents: 40_000_000 })
    await screen.findByRole('link', { name: 'Prêt croissance II' }, { timeout: 10_000 })
    await waitFor(() =>
      expect(screen.getByRole('listitem', { name: /Prêt croissance II/ }).textContent).toMatch(/400\s000\s\$/)
    )

    await user.click(screen.getByRole('link', { name: 'Prêt croissance II' }))
    expect(await screen.findByText('ouvert : dossier')).toBeTruthy()
  }
)
