// @vitest-environment happy-dom
// The Companies list's first frame draws the « Vues » button without its menu (a still stand-in),
// so that the rows show sooner; the menu takes its place once the browser has drawn the rows.
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { DirectoryActions } from '@renderer/features/directory'
import { OrganizationsScreen } from '@renderer/features/organizations'
import { DEFAULT_ORGANIZATION_LIST_STATE } from '@shared/domain/list-filters'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
  sessionStorage.clear()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const actions = (ready: boolean) => (
  <DirectoryActions
    scope="companies"
    state={DEFAULT_ORGANIZATION_LIST_STATE}
    defaults={DEFAULT_ORGANIZATION_LIST_STATE}
    onApply={() => undefined}
    total={3}
    ready={ready}
  />
)

it('before it is ready, « Vues » is a still look: hidden from assistive technology, not focusable', () => {
  renderApp(actions(false))
  expect(screen.queryByRole('button', { name: 'Vues' })).toBeNull()
  const standIn = screen.getByText('Vues').closest('[aria-hidden]')
  expect(standIn?.tagName).toBe('SPAN')
  expect(standIn?.getAttribute('tabindex')).toBe('-1')
  expect(screen.getByRole('button', { name: 'Importer' })).toBeTruthy()
})

it('once ready, « Vues » is the menu button', () => {
  renderApp(actions(true))
  expect(screen.getByRole('button', { name: 'Vues' }).getAttribute('aria-haspopup')).toBe('menu')
})

it('the Companies list shows its rows, then its « Vues » menu', { timeout: 30_000 }, async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Alumitek' }))
  renderApp(<OrganizationsScreen />)
  await screen.findByRole('link', { name: 'Alumitek' }, { timeout: 10_000 })
  await waitFor(() => expect(screen.getByRole('button', { name: 'Vues' })).toBeTruthy())
})
