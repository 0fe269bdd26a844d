import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createContact, getContact } from '@renderer/db/repositories/contacts'
import { createEvent } from '@renderer/db/repositories/events'
import { listFollowUpsOf } from '@renderer/db/repositories/followUps'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import {
  createIntroduction,
  deleteIntroduction,
  restoreIntroduction,
  updateIntroduction
} from '@renderer/db/repositories/introductions'
import {
  listIntroductionsOfContact,
  listIntroductionsOfEvent,
  listIntroductionsOfOrganization
} from '@renderer/db/repositories/introductionViews'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { db } from '@renderer/db/schema'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

afterEach(() => {
  vi.useRealTimers()
})

/** The clock of the saves (only Date: the database's own timers keep running). */
const at = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}

const texts = {
  logTitle: 'Mise en relation : Éloïse et Samuel',
  loggedAt: '2026-03-05T23:00:00.000Z',
  checkInTitle: 'Prendre des nouvelles'
}

async function twoPeople() {
  const fjordtech = await createOrganization(makeOrganization({ name: 'Logiciels Fjordtech inc.' }))
  const nordik = await createOrganization(makeOrganization({ name: 'Nordik Drones' }))
  const eloise = await createContact(makeContact({ organizationId: fjordtech.id }))
  const samuel = await createContact(
    makeContact({ firstName: 'Samuel', lastName: 'Gagnon', email: '', organizationId: nordik.id })
  )
  return { fjordtech, nordik, eloise, samuel }
}

describe('introductions', () => {
  it('a made introduction is on both people’s and both companies’ timelines, with its check-in', async () => {
    const { fjordtech, nordik, eloise, samuel } = await twoPeople()
    const event = await createEvent({ name: '5 à 7', startsAt: '2026-03-05T22:00:00.000Z' })
    const made = await createIntroduction(
      {
        personAId: eloise.id,
        personBId: samuel.id,
        status: 'made',
        madeAt: '2026-03-05',
        reason: 'Drones pour l’inspection',
        checkInDate: '2026-03-26',
        eventId: event.id
      },
      texts
    )
    for (const [index, id] of [
      ['contactIds', eloise.id],
      ['contactIds', samuel.id],
      ['organizationIds', fjordtech.id],
      ['organizationIds', nordik.id]
    ] as const) {
      expect(await listInteractionsOf(index, id)).toMatchObject([
        { id: made.id, kind: 'introduction', title: texts.logTitle, notes: 'Drones pour l’inspection' }
      ])
    }
    expect((await getContact(samuel.id))?.lastInteractionAt).toBe(texts.loggedAt)
    expect(await listFollowUpsOf('contactId', eloise.id)).toMatchObject([
      { title: 'Prendre des nouvelles', dueDate: '2026-03-26', introductionId: made.id, eventId: event.id }
    ])
    expect(await listIntroductionsOfContact(samuel.id)).toHaveLength(1)
    expect(await listIntroductionsOfOrganization(nordik.id)).toHaveLength(1)
    expect(await listIntroductionsOfEvent(event.id)).toHaveLength(1)
  })

  it('a proposed one is not on the timelines until made; an edit moves the check-in', async () => {
    const { eloise, samuel } = await twoPeople()
    const proposed = await createIntroduction(
      { personAId: eloise.id, personBId: samuel.id, checkInDate: '2026-04-01' },
      texts
    )
    expect(await listInteractionsOf('contactIds', eloise.id)).toEqual([])
    await updateIntroduction(
      proposed.id,
      { status: 'outcome', outcome: 'partnership', checkInDate: '2026-04-15' },
      texts
    )
    expect(await listInteractionsOf('contactIds', eloise.id)).toHaveLength(1)
    expect((await listFollowUpsOf('contactId', eloise.id)).map((f) => f.dueDate)).toEqual(['2026-04-15'])
    await updateIntroduction(proposed.id, { status: 'proposed' }, texts)
    expect(await listInteractionsOf('contactIds', eloise.id)).toEqual([])
    expect((await getContact(eloise.id))?.lastInteractionAt).toBeNull()
  })

  it('goes to the Trash with its interaction, and comes back with it', async () => {
    const { eloise, samuel } = await twoPeople()
    const made = await createIntroduction(
      { personAId: eloise.id, personBId: samuel.id, status: 'made' },
      texts
    )
    await deleteIntroduction(made.id)
    expect(await listIntroductionsOfContact(eloise.id)).toEqual([])
    expect(await listInteractionsOf('contactIds', eloise.id)).toEqual([])
    await restoreIntroduction(made.id)
    expect(await listIntroductionsOfContact(eloise.id)).toHaveLength(1)
    expect(await listInteractionsOf('contactIds', samuel.id)).toHaveLength(1)
  })

  it('refuses the same person twice or someone missing, writing nothing', async () => {
    const { eloise } = await twoPeople()
    await expect(
      createIntroduction({ personAId: eloise.id, personBId: eloise.id }, texts)
    ).rejects.toMatchObject({ issues: [{ key: 'validation.introductionSamePerson' }] })
    await expect(
      createIntroduction({ personAId: eloise.id, personBId: 'gone', status: 'made' }, texts)
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db().introductions.count()).toBe(0)
    expect(await db().interactions.count()).toBe(0)
  })

  it('records when the outcome was reached, and keeps it when the introduction is edited later', async () => {
    const { eloise, samuel } = await twoPeople()
    at('2025-11-20T15:00:00.000Z')
    const made = await createIntroduction(
      { personAId: eloise.id, personBId: samuel.id, status: 'made' },
      texts
    )
    expect(made.outcomeAt).toBeNull()
    at('2025-12-10T15:00:00.000Z')
    await updateIntroduction(made.id, { status: 'outcome', outcome: 'financing' }, texts)
    at('2026-02-03T15:00:00.000Z')
    const edited = await updateIntroduction(made.id, { reason: 'Précisé après coup' }, texts)
    expect(edited).toMatchObject({
      outcomeAt: '2025-12-10T15:00:00.000Z',
      updatedAt: '2026-02-03T15:00:00.000Z'
    })
    expect((await db().introductions.get(made.id))?.outcomeAt).toBe('2025-12-10T15:00:00.000Z')
    const reopened = await updateIntroduction(made.id, { status: 'met' }, texts)
    expect(reopened.outcomeAt).toBeNull()
  })

  it('clearing the check-in date cancels its open follow-up; setting one again opens a new one', async () => {
    const { eloise, samuel } = await twoPeople()
    const made = await createIntroduction(
      { personAId: eloise.id, personBId: samuel.id, status: 'made', checkInDate: '2026-03-26' },
      texts
    )
    await updateIntroduction(made.id, { checkInDate: null }, texts)
    const checkIns = () =>
      listFollowUpsOf('contactId', eloise.id).then((list) => list.map((f) => [f.dueDate, f.status]))
    expect(await checkIns()).toEqual([['2026-03-26', 'cancelled']])
    await updateIntroduction(made.id, { checkInDate: '2026-04-09' }, texts)
    expect(await checkIns()).toEqual(
      expect.arrayContaining([
        ['2026-03-26', 'cancelled'],
        ['2026-04-09', 'open']
      ])
    )
    expect(await checkIns()).toHaveLength(2)
  })
})
