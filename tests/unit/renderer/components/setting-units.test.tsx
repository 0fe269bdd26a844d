// @vitest-environment happy-dom
// A number setting's unit agrees with the stored number: « 3 ans », and « 1 an » once 1 is saved.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { getSetting } from '@renderer/db/repositories/settings'
import { RetentionReview } from '@renderer/features/privacy/RetentionReview'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

const field = () => screen.findByRole<HTMLInputElement>('textbox', { name: 'Revue de conservation après' })

describe('the retention review’s number of years', () => {
  it('reads « 3 ans », then « 1 an » once 1 is saved, and « 12 ans » once 12 is', async () => {
    await freshDatabase()
    renderApp(<RetentionReview />)
    expect((await field()).value).toBe('3 ans')
    fireEvent.change(await field(), { target: { value: '1' } })
    fireEvent.blur(await field())
    await waitFor(async () => expect(await getSetting('retentionYears')).toBe(1))
    await waitFor(async () => expect((await field()).value).toBe('1 an'))
    fireEvent.change(await field(), { target: { value: '12' } })
    fireEvent.blur(await field())
    await waitFor(async () => expect((await field()).value).toBe('12 ans'))
  })
})
