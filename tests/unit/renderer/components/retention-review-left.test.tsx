// @vitest-environment happy-dom
// Settings' retention review reads every never-met contact one request each (831 on a large
// workspace): a person who leaves Settings before it is done does not wait behind those reads.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { db } from '@renderer/db/schema'
import { RetentionReview } from '@renderer/features/privacy/RetentionReview'
import { screenOpening } from '@renderer/hooks/screenSettling'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

beforeEach(async () => {
  await freshDatabase()
  await createContact({ firstName: 'Éloïse', lastName: 'Tremblay' })
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

it('reads the never-met contacts while Settings is on show', async () => {
  const oneByOne = vi.spyOn(db().contacts, 'bulkGet')
  renderApp(<RetentionReview />)
  expect(await screen.findByText(/Années sans contact|années/i)).toBeTruthy()
  expect(oneByOne).toHaveBeenCalled()
})

it('stops before reading them one by one once another screen opens', async () => {
  const oneByOne = vi.spyOn(db().contacts, 'bulkGet')
  renderApp(<RetentionReview />)
  screenOpening()
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(oneByOne).not.toHaveBeenCalled()
})
