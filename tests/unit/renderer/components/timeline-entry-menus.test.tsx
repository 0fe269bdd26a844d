// @vitest-environment happy-dom
// A timeline entry's menus are plain buttons until pressed (forty closed menus cost more than the
// entries): pressed, the menu opens at once with its actions, and they act on the record.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createFollowUp, listFollowUpsOf } from '@renderer/db/repositories/followUps'
import { createInteraction, listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { RelationshipTimeline } from '@renderer/features/timeline'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

let companyId = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  await createInteraction({
    title: 'Visite de l’usine',
    occurredAt: '2026-01-12T15:00:00.000Z',
    organizationIds: [companyId]
  })
  await createFollowUp({ title: 'Envoyer la grille', dueDate: '2026-01-20', organizationId: companyId })
})
afterEach(() => cleanup())

const timeline = () => screen.getByRole('region', { name: /Historique/ })
const entry = (name: string) => within(timeline()).getByRole('listitem', { name })

/** Presses an entry's menu button: the menu opens with `item`; Escape closes it. */
async function openedMenuOffers(button: string, item: string) {
  await userEvent.click(within(entry('Envoyer la grille')).getByRole('button', { name: button }))
  const menu = await screen.findByRole('menu', { hidden: true })
  expect(within(menu).getByRole('menuitem', { name: item, hidden: true })).toBeTruthy()
  await userEvent.keyboard('{Escape}')
  await waitFor(() => expect(screen.queryByRole('menu', { hidden: true })).toBeNull())
}

it('opens a meeting’s menu on first press and moves the meeting to the Trash from it', async () => {
  renderApp(<RelationshipTimeline party="organization" id={companyId} />)
  const meeting = await within(await screen.findByRole('region', { name: /Historique/ })).findByRole(
    'listitem',
    { name: 'Visite de l’usine' }
  )
  expect(screen.queryByRole('menu', { hidden: true })).toBeNull()

  await userEvent.click(within(meeting).getByRole('button', { name: 'Actions pour « Visite de l’usine »' }))
  const menu = await screen.findByRole('menu', { hidden: true })
  expect(within(menu).getByRole('menuitem', { name: 'Modifier', hidden: true })).toBeTruthy()
  await userEvent.click(within(menu).getByRole('menuitem', { name: 'Supprimer', hidden: true }))

  await waitFor(() =>
    expect(within(timeline()).queryByRole('listitem', { name: 'Visite de l’usine' })).toBeNull()
  )
  expect(await listInteractionsOf('organizationIds', companyId)).toEqual([])
})

it('marks a follow-up done from its entry, and offers its snooze and other actions on first press', async () => {
  renderApp(<RelationshipTimeline party="organization" id={companyId} />)
  await within(await screen.findByRole('region', { name: /Historique/ })).findByRole('listitem', {
    name: 'Envoyer la grille'
  })

  await openedMenuOffers('Reporter « Envoyer la grille »', 'Choisir une date…')
  await openedMenuOffers('Autres actions pour « Envoyer la grille »', 'Annuler ce suivi')

  await userEvent.click(
    within(entry('Envoyer la grille')).getByRole('button', {
      name: 'Marquer « Envoyer la grille » comme fait'
    })
  )
  await waitFor(() => expect(entry('Envoyer la grille').textContent).toContain('Fait'))
  const [stored] = await listFollowUpsOf('organizationId', companyId)
  expect(stored.status).toBe('done')
})
