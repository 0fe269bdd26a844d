// @vitest-environment happy-dom
// An empty directory offers what starts it (import, a new record), not a search for duplicates
// among nothing; the duplicates come once there are records.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { OrganizationsScreen } from '@renderer/features/organizations'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

beforeEach(async () => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
  await freshDatabase()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

it('with no company: « Importer » and « Nouvelle entreprise », no « Doublons possibles »', async () => {
  renderApp(<OrganizationsScreen />)
  await screen.findByText('Aucune entreprise pour l’instant', undefined, { timeout: 10_000 })
  expect(screen.queryByRole('button', { name: 'Doublons possibles' })).toBeNull()
  expect(screen.getAllByRole('button', { name: 'Importer' }).length).toBeGreaterThan(0)
  expect(screen.getAllByRole('button', { name: 'Nouvelle entreprise' }).length).toBeGreaterThan(0)
})

it('with companies: « Doublons possibles » is offered', { timeout: 30_000 }, async () => {
  await createOrganization(makeOrganization({ name: 'Alumitek' }))
  renderApp(<OrganizationsScreen />)
  await screen.findByRole('link', { name: 'Alumitek' }, { timeout: 10_000 })
  expect(screen.getByRole('button', { name: 'Doublons possibles' })).toBeTruthy()
})
