// @vitest-environment happy-dom
// The quick log's « Événement » picker forgives like the others: « salon inno » typed without
// accents or capitals finds the event, Enter picks it (and does not save the log without it).
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEvent } from '@renderer/db/repositories/events'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { quickLog } from '@renderer/features/interactions/quickLogStore'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { openQuickLog, quickLogState } from '../drivers/quickLogDriver'

let companyId = ''
let salonId = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  await createEvent({ name: 'Déjeuner des exportateurs', startsAt: '2026-11-20T17:00:00.000Z' })
  salonId = (await createEvent({ name: 'Salon Inno-Saguenay', startsAt: '2026-11-26T14:00:00.000Z' })).id
})
afterEach(() => {
  act(() => quickLog.close())
  cleanup()
})

describe('quick log, its event', { timeout: 30_000 }, () => {
  it('« salon inno » then Enter picks « Salon Inno-Saguenay »; the log keeps it when saved', async () => {
    const picker = openQuickLog()
    await picker.type('alumi')
    await picker.offers(/^Alumitek/)
    await picker.press('{Enter}')

    const event = await waitFor(() => screen.getByRole('combobox', { name: 'Événement', hidden: true }))
    await picker.user.click(event)
    await picker.user.keyboard('salon inno')
    await waitFor(() =>
      expect(screen.queryAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual([
        'Salon Inno-Saguenay (26 nov. 2026)'
      ])
    )
    await picker.press('{Enter}')
    expect(quickLogState()).toBe('open')
    await waitFor(() => expect(event).toHaveProperty('value', 'Salon Inno-Saguenay (26 nov. 2026)'))

    await picker.press('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(quickLogState()).toBe('closed'), { timeout: 10_000 })
    const [logged] = await listInteractionsOf('organizationIds', companyId)
    expect(logged.eventId).toBe(salonId)
  })
})
