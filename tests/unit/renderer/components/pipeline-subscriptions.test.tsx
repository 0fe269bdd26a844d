// @vitest-environment happy-dom
// Leaving the pipeline releases every live query it opened: the board's first render used to be
// suspected of growing visit after visit, as if each visit left its subscriptions behind.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { PipelineScreen } from '@renderer/features/pipeline/PipelineScreen'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

/** Live queries listening for writes (each useDbQuery on screen holds one). */
const liveQueries = () => Dexie.on('storagemutated').subscribers.length

beforeEach(async () => {
  await freshDatabase()
  const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
  await createOpportunity({
    organizationId: company.id,
    title: 'Prêt croissance',
    requestedCents: 25_000_000
  })
})
afterEach(() => cleanup())

describe('pipeline live queries', { timeout: 30_000 }, () => {
  it('are all released when the screen is left, visit after visit', async () => {
    const before = liveQueries()
    for (let visit = 0; visit < 3; visit++) {
      const view = renderApp(<PipelineScreen />)
      // the board's columns: one heading per stage
      await screen.findAllByRole('heading', { level: 3 })
      await waitFor(() => expect(liveQueries()).toBeGreaterThan(before))
      act(() => view.unmount())
      await waitFor(() => expect(liveQueries()).toBe(before))
    }
  })
})
