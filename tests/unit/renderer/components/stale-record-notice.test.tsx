// @vitest-environment happy-dom
// A follow-up edited in two windows: the later save is refused, the form says what changed in the
// other window, and « Réappliquer mes modifications » keeps both changes.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createFollowUp, updateFollowUp } from '@renderer/db/repositories/followUps'
import { db } from '@renderer/db/schema'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { FollowUpFormModal } from '@renderer/features/follow-ups/FollowUpFormModal'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

describe('a save over a record changed in another window', { timeout: 30_000 }, () => {
  it('is refused on the follow-up form, says what changed, and reapplies my change on top', async () => {
    await freshDatabase()
    const followUp = await createFollowUp({ title: 'Rappeler Nordik', dueDate: '2026-12-01' })
    renderApp(<FollowUpFormModal opened onClose={() => {}} followUp={followUp} />)
    const dialog = await screen.findByRole('dialog', { name: 'Modifier le suivi' })
    // The other window saves its notes first
    await updateFollowUp(followUp.id, { notes: 'Attendre le budget' }, 0)

    fireEvent.change(within(dialog).getByLabelText(/Suivi à faire/), { target: { value: 'Rappeler Éloïse' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }))
    const notice = await within(dialog).findByRole('alert', {
      name: /Ce suivi a changé pendant que vous le modifiiez/
    })
    expect(within(notice).getByText('Notes : (vide) → « Attendre le budget »')).toBeTruthy()
    expect((await db().followUps.get(followUp.id))?.title).toBe('Rappeler Nordik')

    fireEvent.click(within(notice).getByRole('button', { name: 'Réappliquer mes modifications' }))
    expect((within(dialog).getByLabelText(/Suivi à faire/) as HTMLInputElement).value).toBe('Rappeler Éloïse')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }))
    await waitFor(async () =>
      expect(await db().followUps.get(followUp.id)).toMatchObject({
        title: 'Rappeler Éloïse',
        notes: 'Attendre le budget'
      })
    )
  })

  it('names ids and yes/no fields without their values', () => {
    renderApp(
      <StaleRecordNotice
        kind="introduction"
        read={{ personAId: 'a1', consentA: false, reason: 'Drones' }}
        stored={{ personAId: 'b2', consentA: true, reason: 'Drones' }}
        labels={{ personAId: 'introductions.fields.personA', consentA: 'introductions.fields.consentA' }}
        onReload={() => {}}
        onReapply={() => {}}
      />
    )
    const items = screen.getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' '))
    expect(items).toHaveLength(2)
    expect(items.every((text) => text?.endsWith(' : modifié'))).toBe(true)
    expect(items.join(' ')).not.toMatch(/a1|b2|true|false/)
  })

  it.each([
    [
      'fr' as const,
      [
        'Faite le : « 1er déc. 2026 » → « 8 déc. 2026 »',
        'Statut : « Proposée » → « Faite »',
        'Type : « Entreprise » → « Partenaire »',
        'Région : « 02 · Saguenay » → « 03 · Capitale-Nationale »'
      ]
    ],
    [
      'en' as const,
      [
        'Made on: “Dec 1, 2026” → “Dec 8, 2026”',
        'Status: “Proposed” → “Made”',
        'Type: “Company” → “Partner”',
        'Region: “02 · Saguenay” → “03 · Capitale-Nationale”'
      ]
    ]
  ])('shows dates and coded values as the form does, in %s', (language, expected) => {
    renderApp(
      <StaleRecordNotice
        kind="introduction"
        read={{ madeAt: '2026-12-01', status: 'proposed', kind: 'company', region: '02', reason: 'Drones' }}
        stored={{ madeAt: '2026-12-08', status: 'made', kind: 'partner', region: '03', reason: 'Drones' }}
        labels={{ madeAt: 'introductions.fields.madeAt', status: 'introductions.fields.status' }}
        choices={{
          status: 'introductions.status',
          region: [
            { value: '02', label: '02 · Saguenay' },
            { value: '03', label: '03 · Capitale-Nationale' }
          ]
        }}
        onReload={() => {}}
        onReapply={() => {}}
      />,
      language
    )
    const items = screen.getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' '))
    expect(items).toEqual(expected)
  })
})
