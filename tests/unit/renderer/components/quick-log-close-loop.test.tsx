// @vitest-environment happy-dom
// Logging a meeting with a person offers their open follow-ups: the one already due starts ticked,
// the one due later starts unticked, and the save closes only what is ticked.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { addDays, format } from 'date-fns'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { createFollowUp, getFollowUp } from '@renderer/db/repositories/followUps'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { quickLog } from '@renderer/features/interactions/quickLogStore'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'
import { openQuickLog } from '../drivers/quickLogDriver'

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd')
let overdueId = ''
let laterId = ''

beforeEach(async () => {
  await freshDatabase()
  const organizationId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  const contactId = (
    await createContact(makeContact({ firstName: 'Josée', lastName: 'Pelletier', email: '', organizationId }))
  ).id
  const followUp = (title: string, dueDate: string) => createFollowUp({ title, dueDate, contactId })
  overdueId = (await followUp('Envoyer le formulaire', day(-2))).id
  laterId = (await followUp('Préparer le comité', day(9))).id
})
afterEach(() => {
  act(() => quickLog.close())
  cleanup()
})

it(
  'ticks the overdue follow-up, leaves the later one unticked, and closes only the ticked one',
  { timeout: 30_000 },
  async () => {
    const picker = openQuickLog()
    await picker.type('josee pel')
    await picker.offers(/^Josée Pelletier/)
    await picker.press('{Enter}')

    const overdue = await screen.findByRole(
      'checkbox',
      { name: /^Marquer comme fait\s: Envoyer le formulaire/, hidden: true },
      { timeout: 10_000 }
    )
    const later = screen.getByRole('checkbox', {
      name: /^Marquer comme fait\s: Préparer le comité/,
      hidden: true
    })
    await waitFor(() => expect(overdue).toHaveProperty('checked', true))
    expect(later).toHaveProperty('checked', false)

    await picker.press('{Control>}{Enter}{/Control}')
    await waitFor(
      () =>
        expect(screen.getByRole('status', { name: 'quick log state', hidden: true }).textContent).toBe(
          'closed'
        ),
      { timeout: 10_000 }
    )
    await waitFor(async () => expect((await getFollowUp(overdueId))?.status).toBe('done'))
    expect((await getFollowUp(laterId))?.status).toBe('open')
  }
)
