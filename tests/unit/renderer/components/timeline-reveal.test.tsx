// @vitest-environment happy-dom
// A busy company's timeline paints its first screenful (10 entries) with the page, the rest of its
// first page (40) on the next frames, then offers « Afficher plus » for the others.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { db } from '@renderer/db/schema'
import { buildInteraction } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { RelationshipTimeline } from '@renderer/features/timeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

let companyId = ''
/** Animation frames held back until the test lets them run: the page's first paint, frozen. */
let frames: FrameRequestCallback[] = []

/** Meeting n (1 to 41) on day n of early 2026, so « Rencontre 41 » is the newest and « Rencontre 1 » the oldest. */
const meeting = (n: number) =>
  buildInteraction({
    title: `Rencontre ${n}`,
    occurredAt: new Date(Date.UTC(2026, 0, n, 15)).toISOString(),
    organizationIds: [companyId]
  })

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  await db().interactions.bulkAdd(Array.from({ length: 41 }, (_, i) => meeting(i + 1)))
  frames = []
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback))
})
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const timeline = () => screen.getByRole('region', { name: /Historique/ })
const entries = () => within(timeline()).queryAllByRole('listitem')
const label = (index: number) => entries()[index]?.getAttribute('aria-label')
const showMore = () => within(timeline()).queryByRole('button', { name: /^Afficher .* de plus/ })

it('shows 10 entries first, 40 on the next frames, then the 41st through « Afficher plus »', async () => {
  renderApp(<RelationshipTimeline party="organization" id={companyId} />)
  await waitFor(() => expect(entries()).toHaveLength(10))
  expect(label(0)).toBe('Rencontre 41')
  expect(label(9)).toBe('Rencontre 32')
  expect(showMore()).toBeNull()

  // the frame after the first paint (asked for by an effect, which may run after the test sees the
  // 10 entries on a busy machine): the rest of the first page follows
  await waitFor(() => expect(frames.length).toBeGreaterThan(0))
  act(() => frames.splice(0).forEach((run) => run(0)))
  await waitFor(() => expect(entries()).toHaveLength(40), { timeout: 10_000 })
  expect(label(39)).toBe('Rencontre 2')
  expect(within(timeline()).queryByRole('listitem', { name: 'Rencontre 1' })).toBeNull()

  await userEvent.click(
    within(timeline()).getByRole('button', { name: 'Afficher 1 élément de plus (1 restant)' })
  )
  await waitFor(() => expect(entries()).toHaveLength(41))
  expect(label(40)).toBe('Rencontre 1')
  expect(showMore()).toBeNull()
})
