// @vitest-environment happy-dom
// The quick log, driven like a person: Ctrl+L's dialog, a company, its people offered next,
// Ctrl+Enter saves one meeting with all three (and says who is missing when no one is named); an
// unchanged log closes with one Escape.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { quickLog } from '@renderer/features/interactions/quickLogStore'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'
import { openQuickLog, quickLogState } from '../drivers/quickLogDriver'

let companyId = ''
let bergeron = ''
let pelletier = ''

beforeEach(async () => {
  await freshDatabase()
  companyId = (await createOrganization(makeOrganization({ name: 'Alumitek' }))).id
  const person = (firstName: string, lastName: string) =>
    createContact(makeContact({ firstName, lastName, email: '', organizationId: companyId }))
  bergeron = (await person('Stéphane', 'Bergeron')).id
  pelletier = (await person('Josée', 'Pelletier')).id
})
afterEach(() => {
  act(() => quickLog.close())
  cleanup()
})

describe('quick log', { timeout: 30_000 }, () => {
  it('logs a meeting with a company and two of its people, picked with Enter, saved with Ctrl+Enter', async () => {
    const picker = openQuickLog()
    await picker.type('alumi')
    await picker.offers(/^Alumitek/)
    await picker.press('{Enter}')
    expect(await picker.offers(/^Josée Pelletier/)).toEqual([
      'Josée Pelletier · Alumitek',
      'Stéphane Bergeron · Alumitek'
    ])
    await picker.press('{Enter}')
    await picker.offers(/^Stéphane Bergeron/)
    await picker.press('{Enter}')
    await picker.press('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(quickLogState()).toBe('closed'), { timeout: 10_000 })
    const [logged] = await listInteractionsOf('organizationIds', companyId)
    expect(logged.contactIds.toSorted()).toEqual([bergeron, pelletier].toSorted())
  })

  it('closes with one Escape while nothing was typed, and asks once something was', async () => {
    const picker = openQuickLog()
    await waitFor(() => picker.field())
    await picker.user.click(picker.field())
    await picker.press('{Escape}')
    await waitFor(() => expect(quickLogState()).toBe('closed'))

    act(() => quickLog.open())
    await waitFor(() => picker.field())
    await picker.user.click(screen.getByRole('textbox', { name: 'Notes', hidden: true }))
    await picker.press('Une note')
    await picker.press('{Escape}')
    expect(
      await screen.findByRole('alertdialog', { name: /^Abandonner cette rencontre/, hidden: true })
    ).toBeTruthy()
    expect(quickLogState()).toBe('open')
  })

  it('says who is missing and stays open when Ctrl+Enter comes with no one named', async () => {
    const picker = openQuickLog()
    await waitFor(() => picker.field())
    await picker.user.click(screen.getByRole('textbox', { name: 'Notes', hidden: true }))
    await picker.press('Une note{Control>}{Enter}{/Control}')
    expect(await screen.findByText('Indiquez au moins une entreprise ou un contact.')).toBeTruthy()
    expect(quickLogState()).toBe('open')
  })
})
