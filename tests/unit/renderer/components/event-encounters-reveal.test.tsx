// @vitest-environment happy-dom
// A busy event's page paints its first 20 people met with the page, and the others on the next
// frame: nobody met is left out, in the order met.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { EventDetail } from '@renderer/db/repositories/events'
import { buildInteraction } from '@renderer/db/repositories/interactions'
import { EventEncounters } from '@renderer/features/events/EventEncounters'
import type { RelaisEvent } from '@shared/schemas'
import { renderApp } from '../drivers/renderApp'

/** Animation frames held back until the test lets them run: the page's first paint, frozen. */
let frames: FrameRequestCallback[] = []

beforeEach(() => {
  frames = []
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback))
})
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const eventId = crypto.randomUUID()
const companyId = crypto.randomUUID()

/** Person n (1 to 25) met n minutes into the evening of 23 January 2026. */
const met = (n: number) =>
  buildInteraction({
    kind: 'event-encounter',
    title: '5 à 7 techno',
    notes: `Personne ${n}`,
    occurredAt: new Date(Date.UTC(2026, 0, 23, 22, n)).toISOString(),
    organizationIds: [companyId],
    eventId
  })

const detail = {
  event: { id: eventId, name: '5 à 7 techno' } as RelaisEvent,
  organizers: [],
  interactions: Array.from({ length: 25 }, (_, i) => met(i + 1)),
  followUps: [],
  introductions: [],
  organizations: new Map(),
  contacts: new Map()
} as unknown as EventDetail

const section = () => screen.getByRole('region', { name: /^Personnes rencontrées/ })
/** Each line's note (its first paragraph; the time met follows it). */
const notes = () =>
  within(section())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('p')?.textContent)

it('shows the first 20 people met with the page, all 25 from the next frame', async () => {
  renderApp(<EventEncounters detail={detail} />)
  // the heading counts everyone at once
  expect(screen.getByRole('region', { name: 'Personnes rencontrées (25)' })).toBe(section())
  expect(notes()).toHaveLength(20)
  expect(notes()[19]).toBe('Personne 20')

  await waitFor(() => expect(frames.length).toBeGreaterThan(0))
  act(() => frames.splice(0).forEach((run) => run(0)))
  await waitFor(() => expect(notes()).toHaveLength(25))
  expect(notes()[0]).toBe('Personne 1')
  expect(notes()[24]).toBe('Personne 25')
})
