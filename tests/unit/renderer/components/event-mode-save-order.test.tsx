// @vitest-environment happy-dom
// Event mode's save says « 1 rencontre enregistrée » on a frame of its own: leaving the screen (the
// draft cleared, the event's page opened) waits for that frame, and Save stays busy until the screen
// is left, so the same lines cannot be saved twice. A refused save frees Save again.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { db } from '@renderer/db/schema'
import { createEvent } from '@renderer/db/repositories/events'
import { createOrganization } from '@renderer/db/repositories/organizations'
import type { EncounterLine } from '@renderer/features/events/encounterLines'
import { useSaveEncounters } from '@renderer/features/events/useSaveEncounters'
import type { RelaisEvent } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

let event: RelaisEvent
let companyId = ''
/** Animation frames held back until the test lets them run. */
let frames: FrameRequestCallback[] = []

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  event = await createEvent({ name: '5 à 7 techno', startsAt: '2026-01-23T22:00:00.000Z' })
  frames = []
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback))
})
afterEach(() => {
  vi.restoreAllMocks()
  cleanup()
})

const line = (id: string): EncounterLine => ({
  key: 'l1',
  parties: [{ type: 'organization', id }],
  note: 'Projet d’agrandissement',
  followUp: 'none'
})

function SaveButton({ lines, onSaved }: { lines: EncounterLine[]; onSaved: () => Promise<void> }) {
  const { save, saving } = useSaveEncounters(event, onSaved)
  return (
    <button type="button" aria-busy={saving} onClick={() => void save(lines)}>
      Enregistrer
    </button>
  )
}

const button = () => screen.getByRole('button', { name: 'Enregistrer' })

it('says it is saved before leaving the screen, and keeps Save busy until then', async () => {
  const onSaved = vi.fn(async () => {})
  renderApp(<SaveButton lines={[line(companyId)]} onSaved={onSaved} />)
  await userEvent.click(button())

  await waitFor(() => expect(screen.getByText('1 rencontre enregistrée.')).toBeTruthy())
  expect(await db().interactions.count()).toBe(1)
  await waitFor(() => expect(frames.length).toBeGreaterThan(0))
  expect(onSaved).not.toHaveBeenCalled()

  act(() => frames.splice(0).forEach((run) => run(0)))
  await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
  expect(button().getAttribute('aria-busy')).toBe('true')
  await userEvent.click(button())
  // a second save, had it started, would have written by now (nothing else is pending)
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(await db().interactions.count()).toBe(1)
})

it('frees Save again when the save is refused, and does not leave', async () => {
  const onSaved = vi.fn(async () => {})
  renderApp(<SaveButton lines={[line(crypto.randomUUID())]} onSaved={onSaved} />)
  await userEvent.click(button())

  await waitFor(() => expect(button().getAttribute('aria-busy')).toBe('false'))
  expect(onSaved).not.toHaveBeenCalled()
  expect(await db().interactions.count()).toBe(0)
})
