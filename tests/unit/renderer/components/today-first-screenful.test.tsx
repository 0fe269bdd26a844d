// @vitest-environment happy-dom
// Today's first screenful comes first: the follow-ups' first rows, then the flagged companies of
// the side column; the rows below it and the « relations à raviver » card wait for an idle moment.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { TodayScreen } from '@renderer/features/follow-ups/TodayScreen'
import { freshDatabase } from '../../../fixtures/database'
import { seedTwelveOverdue } from '../../../fixtures/todaySeed'
import { renderApp } from '../drivers/renderApp'

beforeEach(async () => {
  await freshDatabase()
  await seedTwelveOverdue()
  // a browser never idle: only what the first screenful needs renders
  vi.stubGlobal('requestIdleCallback', () => 0)
  vi.stubGlobal('cancelIdleCallback', () => undefined)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

it('shows the flagged companies without waiting for the rows below the first screenful', async () => {
  renderApp(<TodayScreen />)
  const flagged = await screen.findByRole('list', { name: 'Risque signalé (1)' }, { timeout: 5000 })
  expect(within(flagged).getByRole('link', { name: 'Entreprise 03' })).toBeDefined()
  const overdue = screen.getByRole('region', { name: 'En retard (12)' })
  expect(within(overdue).getAllByRole('listitem')).toHaveLength(10)
  expect(screen.queryByRole('region', { name: 'Plus tard (1)' })).toBeNull()
  expect(screen.queryByRole('region', { name: /raviver/ })).toBeNull()
})
