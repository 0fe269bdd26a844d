// Every edit form's repository refuses a save from a form opened on an older revision (another
// window saved meanwhile) and keeps what that window wrote; a save at the stored revision goes in.
import { describe, expect, it } from 'vitest'
import { createContact, updateContact } from '@renderer/db/repositories/contacts'
import { createEvent, updateEvent } from '@renderer/db/repositories/events'
import { createFollowUp, updateFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction, updateInteraction } from '@renderer/db/repositories/interactions'
import { createIntroduction, updateIntroduction } from '@renderer/db/repositories/introductions'
import { createOpportunity, updateOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { StaleRecordError } from '@renderer/db/repositories/records'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

const texts = {
  logTitle: 'Mise en relation',
  loggedAt: '2026-03-05T23:00:00.000Z',
  checkInTitle: 'Nouvelles'
}

/**
 * Two windows open the same record at revision 0; the other one saves `theirs` first (revision 1),
 * then this one saves `mine` from revision 0: refused, with what is stored now; nothing of mine is
 * written. Saved again from revision 1: accepted.
 */
async function expectStaleRefused<R extends { id: string; revision?: number }>(
  opened: R,
  save: (patch: 'theirs' | 'mine', revision: number) => Promise<R>,
  stored: () => Promise<R | undefined>,
  theirs: Partial<R>,
  mine: Partial<R>
) {
  expect(opened.revision).toBe(0)
  await save('theirs', 0)
  const error = await save('mine', 0).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(StaleRecordError)
  expect((error as StaleRecordError<R>).current).toMatchObject({ ...theirs, revision: 1 })
  expect(await stored()).toMatchObject({ ...theirs, revision: 1 })
  await save('mine', 1)
  expect(await stored()).toMatchObject({ ...theirs, ...mine, revision: 2 })
}

async function scene() {
  const database = await freshDatabase()
  const company = await createOrganization(makeOrganization({ name: 'Nordik' }))
  const eloise = await createContact(makeContact({ organizationId: company.id }))
  const marc = await createContact(makeContact({ firstName: 'Marc', email: 'marc@nordik.ca' }))
  return { database, company, eloise, marc }
}

describe('a save from a form opened on an older revision', () => {
  it('contact: refused, then accepted at the stored revision', async () => {
    const { database, eloise } = await scene()
    await expectStaleRefused(
      eloise,
      (patch, revision) =>
        updateContact(eloise.id, patch === 'theirs' ? { role: 'PDG' } : { phone: '418 555-0101' }, revision),
      () => database.contacts.get(eloise.id),
      { role: 'PDG' },
      { phone: '418 555-0101' }
    )
  })

  it('financing file: refused, then accepted at the stored revision', async () => {
    const { database, company } = await scene()
    const file = await createOpportunity({
      organizationId: company.id,
      title: 'Prêt',
      requestedCents: 1_000_000
    })
    await expectStaleRefused(
      file,
      (patch, revision) =>
        updateOpportunity(file.id, patch === 'theirs' ? { program: 'ESSOR' } : { title: 'Prêt 2' }, revision),
      () => database.opportunities.get(file.id),
      { program: 'ESSOR' },
      { title: 'Prêt 2' }
    )
  })

  it('follow-up: refused, then accepted at the stored revision', async () => {
    const { database, eloise } = await scene()
    const followUp = await createFollowUp({ title: 'Rappeler', dueDate: '2026-12-01', contactId: eloise.id })
    await expectStaleRefused(
      followUp,
      (patch, revision) =>
        updateFollowUp(
          followUp.id,
          patch === 'theirs' ? { dueDate: '2026-12-08' } : { title: 'Rappeler Éloïse' },
          revision
        ),
      () => database.followUps.get(followUp.id),
      { dueDate: '2026-12-08' },
      { title: 'Rappeler Éloïse' }
    )
  })

  it('event: refused, then accepted at the stored revision', async () => {
    const { database } = await scene()
    const event = await createEvent({ name: '5 à 7', startsAt: '2026-03-05T22:00:00.000Z' })
    await expectStaleRefused(
      event,
      (patch, revision) =>
        updateEvent(event.id, patch === 'theirs' ? { city: 'Alma' } : { name: '5 à 7 de la CCI' }, revision),
      () => database.events.get(event.id),
      { city: 'Alma' },
      { name: '5 à 7 de la CCI' }
    )
  })

  it('introduction: refused, then accepted at the stored revision', async () => {
    const { database, eloise, marc } = await scene()
    const introduction = await createIntroduction(
      { personAId: eloise.id, personBId: marc.id, reason: 'Drones', status: 'made', madeAt: '2026-03-05' },
      texts
    )
    await expectStaleRefused(
      introduction,
      (patch, revision) =>
        updateIntroduction(
          introduction.id,
          patch === 'theirs' ? { outcomeNote: 'Ils se voient lundi' } : { reason: 'Drones agricoles' },
          texts,
          revision
        ),
      () => database.introductions.get(introduction.id),
      { outcomeNote: 'Ils se voient lundi' },
      { reason: 'Drones agricoles' }
    )
  })

  it('interaction: refused, then accepted at the stored revision', async () => {
    const { database, company } = await scene()
    const meeting = await createInteraction({
      title: 'Dîner',
      occurredAt: '2026-11-01T12:00:00.000Z',
      organizationIds: [company.id]
    })
    await expectStaleRefused(
      meeting,
      (patch, revision) =>
        updateInteraction(
          meeting.id,
          patch === 'theirs' ? { notes: 'Intéressés par ESSOR' } : { title: 'Dîner d’affaires' },
          revision
        ),
      () => database.interactions.get(meeting.id),
      { notes: 'Intéressés par ESSOR' },
      { title: 'Dîner d’affaires' }
    )
  })

  it('without a revision (a quick action, not a form): no check', async () => {
    const { eloise } = await scene()
    await updateContact(eloise.id, { role: 'PDG' })
    expect(await updateContact(eloise.id, { phone: '418 555-0101' })).toMatchObject({
      role: 'PDG',
      revision: 2
    })
  })
})
