// @vitest-environment happy-dom
// Two cadence fields left one after the other, faster than the page re-reads the setting: both kept.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { getSetting } from '@renderer/db/repositories/settings'
import { CadenceSettings } from '@renderer/features/health/CadenceSettings'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

const field = (tier: string) =>
  screen.findByRole<HTMLInputElement>('textbox', { name: `Rythme de contact\u00a0: ${tier}` })

describe('the stay-in-touch cadence settings', () => {
  it('keeps every tier changed in quick succession', async () => {
    await freshDatabase()
    renderApp(<CadenceSettings />)
    const keyAccount = await field('Compte clé')
    const active = await field('Actif')
    const watch = await field('À surveiller')
    // No wait between the fields: each blur saves before the page has seen the one before
    for (const [input, days] of [
      [keyAccount, '400'],
      [active, '401'],
      [watch, '402']
    ] as const) {
      fireEvent.change(input, { target: { value: days } })
      fireEvent.blur(input)
    }
    await waitFor(async () =>
      expect(await getSetting('cadenceDays')).toEqual({ 'key-account': 400, active: 401, watch: 402 })
    )
    await waitFor(async () => expect((await field('Actif')).value).toBe('401 jours'))
  })
})
