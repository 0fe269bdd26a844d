// @vitest-environment happy-dom
// Today's first screenful comes first: the follow-ups' first rows, then the flagged companies of
// the side column; the rows below it and the « relations à raviver » card wait for an idle moment.
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import { TodayScreen } from '@renderer/features/follow-ups/TodayScreen'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

beforeEach(async () => {
  await freshDatabase()
  // twelve overdue follow-ups, each with its own company, the third flagged red
  for (let day = 1; day <= 12; day++) {
    const number = String(day).padStart(2, '0')
    const company = await createOrganization(makeOrganization({ name: `Entreprise ${number}` }))
    if (day === 3) await setRiskFlag(company.id, { level: 'red', reason: 'Retards', since: '2020-01-01' })
    await createFollowUp({
      title: `Rappeler ${number}`,
      dueDate: `2020-01-${number}`,
      organizationId: company.id
    })
  }
  await createFollowUp({ title: 'Bilan annuel', dueDate: '2099-01-15' })
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
