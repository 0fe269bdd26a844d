// @vitest-environment happy-dom
// Today fetches the company page's code once its own rows are shown and the browser is idle, so the
// first company opened from a row does not wait for it; and the Companies list's code while it reads
// its rows (the page's thread waits on the database then), so the list's first opening does not.
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import * as organizations from '@renderer/features/organizations'
import { TodayScreen } from '@renderer/features/follow-ups/TodayScreen'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

vi.mock('@renderer/features/organizations', async (original) => ({
  ...(await original<object>()),
  preloadOrganizationScreen: vi.fn(),
  preloadOrganizationsListCode: vi.fn(() => {
    rowsShownAtListPreload = screen.queryByRole('listitem', { name: 'Rappeler Alumitek' }) !== null
  })
}))

let rowsShownAtListPreload: boolean | undefined

beforeEach(async () => {
  await freshDatabase()
  await createFollowUp({ title: 'Rappeler Alumitek', dueDate: '2020-01-15' })
})
afterEach(() => cleanup())

it('fetches the company page’s code after showing its rows', async () => {
  renderApp(<TodayScreen />)
  await screen.findByRole('listitem', { name: 'Rappeler Alumitek' })
  await waitFor(() => expect(organizations.preloadOrganizationScreen).toHaveBeenCalled(), {
    timeout: 5000
  })
})

it('fetches the Companies list’s code while reading its own rows, before showing them', async () => {
  rowsShownAtListPreload = undefined
  vi.mocked(organizations.preloadOrganizationsListCode).mockClear()
  renderApp(<TodayScreen />)
  await screen.findByRole('listitem', { name: 'Rappeler Alumitek' })
  expect(organizations.preloadOrganizationsListCode).toHaveBeenCalledTimes(1)
  expect(rowsShownAtListPreload).toBe(false)
})
