// @vitest-environment happy-dom
// Today reads the names of the rows it shows at first only, and mounts a row's menus when first
// pressed: what a person sees and reaches must stay the same.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TodayScreen } from '@renderer/features/follow-ups/TodayScreen'
import { freshDatabase } from '../../../fixtures/database'
import { seedTwelveOverdue } from '../../../fixtures/todaySeed'
import { renderApp } from '../drivers/renderApp'

const overdueSection = () => screen.getByRole('region', { name: 'En retard (12)' })

beforeEach(async () => {
  await freshDatabase()
  await seedTwelveOverdue()
})
afterEach(() => cleanup())

describe('Today', { timeout: 30_000 }, () => {
  it('names the companies of the first rows, and of every row once all are shown', async () => {
    renderApp(<TodayScreen />)
    await screen.findByRole('region', { name: 'En retard (12)' })
    const section = overdueSection()
    expect(within(section).getAllByRole('listitem')).toHaveLength(10)
    expect(within(section).getByRole('link', { name: 'Entreprise 10' })).toBeDefined()
    expect(within(section).queryByRole('link', { name: 'Entreprise 11' })).toBeNull()
    // the first paint holds a screenful (the ten overdue rows); the later bucket follows
    const later = await screen.findByRole('region', { name: 'Plus tard (1)' })
    expect(within(later).getByRole('listitem', { name: 'Bilan annuel' })).toBeDefined()

    await userEvent.click(within(section).getByRole('button', { name: 'Afficher les 12 suivis' }))
    await waitFor(() => expect(within(overdueSection()).getAllByRole('listitem')).toHaveLength(12))
    expect(within(overdueSection()).getByRole('link', { name: 'Entreprise 11' })).toBeDefined()
    expect(within(overdueSection()).getByRole('link', { name: 'Entreprise 12' })).toBeDefined()
  })

  // (the spaces inside « » are non-breaking; happy-dom never positions a dropdown, so it stays
  // display: none and its items are found with hidden: true; the e2e tests use them for real)
  it("opens a row's menus on the first press", async () => {
    renderApp(<TodayScreen />)
    const row = await screen.findByRole('listitem', { name: 'Rappeler 01' })
    const snooze = /^Reporter «\u00a0Rappeler 01\u00a0»$/
    expect(within(row).getByRole('button', { name: snooze }).getAttribute('aria-expanded')).toBe('false')
    await userEvent.click(within(row).getByRole('button', { name: snooze }))
    await waitFor(() =>
      expect(within(row).getByRole('button', { name: snooze }).getAttribute('aria-expanded')).toBe('true')
    )
    expect(screen.getByRole('menuitem', { name: 'Choisir une date…', hidden: true })).toBeDefined()

    await userEvent.click(
      within(row).getByRole('button', { name: /^Autres actions pour «\u00a0Rappeler 01\u00a0»$/ })
    )
    expect(await screen.findByRole('menuitem', { name: 'Annuler ce suivi', hidden: true })).toBeDefined()
    expect(screen.getByRole('menuitem', { name: 'Supprimer', hidden: true })).toBeDefined()
  })

  it('shows the side cards once the follow-ups are painted', async () => {
    renderApp(<TodayScreen />)
    // they wait for an idle moment (at most a second) after the paint: a loaded machine takes longer
    const flagged = await screen.findByRole('list', { name: 'Risque signalé (1)' }, { timeout: 5000 })
    expect(within(flagged).getByRole('link', { name: 'Entreprise 03' })).toBeDefined()
  })
})
