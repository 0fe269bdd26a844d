import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, getContact, listContacts } from '@renderer/db/repositories/contacts'
import { saveEncounters, type EncounterRequest } from '@renderer/db/repositories/encounters'
import { createEvent, getEventDetail, listEventRows } from '@renderer/db/repositories/events'
import {
  createOrganization,
  getOrganization,
  listOrganizations
} from '@renderer/db/repositories/organizations'
import { db } from '@renderer/db/schema'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

const evening = () =>
  createEvent({
    name: '5 à 7 techno du Saguenay',
    startsAt: '2026-03-05T22:00:00.000Z',
    endsAt: '2026-03-06T00:30:00.000Z',
    city: 'Saguenay'
  })

const line = (overrides: Partial<EncounterRequest>): EncounterRequest => ({
  organizationIds: [],
  contactIds: [],
  newOrganizations: [],
  newContacts: [],
  note: '',
  followUpDueDate: null,
  ...overrides
})

const options = {
  occurredAt: '2026-03-05T22:30:00.000Z',
  followUpTitle: (name: string) => `Relancer ${name}`
}

describe('event mode save', () => {
  it('logs each person met as an event encounter, with their follow-ups, in one save', async () => {
    const event = await evening()
    const fjordtech = await createOrganization(makeOrganization({ name: 'Logiciels Fjordtech inc.' }))
    const eloise = await createContact(makeContact({ organizationId: fjordtech.id }))
    const saved = await saveEncounters(
      event.id,
      [
        line({ contactIds: [eloise.id], note: 'Veut un prêt 🚀', followUpDueDate: '2026-03-09' }),
        line({
          newContacts: [{ firstName: 'Zoé', lastName: 'Côté-Bélanger' }],
          newOrganizations: [{ name: 'Drones Ÿ Boréal' }],
          followUpDueDate: '2026-03-19'
        }),
        line({
          newContacts: [{ firstName: 'Maëlle', lastName: 'Ouellet' }],
          newOrganizations: [{ name: 'drones y boreal' }]
        })
      ],
      options
    )
    expect(saved.interactions).toHaveLength(3)
    expect(saved.interactions[0]).toMatchObject({
      kind: 'event-encounter',
      eventId: event.id,
      title: '5 à 7 techno du Saguenay',
      notes: 'Veut un prêt 🚀',
      contactIds: [eloise.id],
      // the employer of someone already known is linked, so the company's timeline shows it
      organizationIds: [fjordtech.id]
    })
    // one company typed on two lines is created once, and both newcomers work there
    const boreal = (await listOrganizations()).find((o) => o.name === 'Drones Ÿ Boréal')!
    expect((await listOrganizations()).length).toBe(2)
    const newcomers = (await listContacts()).filter((c) => c.id !== eloise.id)
    expect(newcomers.map((c) => c.organizationId)).toEqual([boreal.id, boreal.id])
    expect(saved.followUps.map((f) => [f.title, f.dueDate, f.eventId])).toEqual([
      ['Relancer Éloïse Tremblay', '2026-03-09', event.id],
      ['Relancer Zoé Côté-Bélanger', '2026-03-19', event.id]
    ])
    expect(saved.followUps[0].organizationId).toBe(fjordtech.id)
    expect((await getOrganization(fjordtech.id))?.lastInteractionAt).toBe(options.occurredAt)
    expect((await getContact(eloise.id))?.lastInteractionAt).toBe(options.occurredAt)

    const detail = await getEventDetail(event.id)
    expect(detail?.interactions).toHaveLength(3)
    expect(detail?.followUps).toHaveLength(2)
    expect(detail?.contacts.get(eloise.id)?.firstName).toBe('Éloïse')
    expect((await listEventRows()).map((r) => r.encounters)).toEqual([3])
  })

  it("raises each company's and person's last meeting once, and never lowers a later one", async () => {
    const event = await evening()
    const fjordtech = await createOrganization(makeOrganization({ name: 'Logiciels Fjordtech inc.' }))
    const boreal = await createOrganization(makeOrganization({ name: 'Drones Boréal' }))
    const eloise = await createContact(makeContact({ organizationId: fjordtech.id }))
    const samuel = await createContact(makeContact({ firstName: 'Samuel', organizationId: boreal.id }))
    await db().organizations.update(fjordtech.id, { lastInteractionAt: '2026-04-01T13:00:00.000Z' })
    const revisions = async () =>
      [
        (await getOrganization(fjordtech.id))?.revision,
        (await getOrganization(boreal.id))?.revision,
        (await getContact(samuel.id))?.revision
      ] as const
    const [fjordtechBefore, borealBefore, samuelBefore] = await revisions()
    await saveEncounters(
      event.id,
      [
        line({ contactIds: [eloise.id] }),
        line({ contactIds: [samuel.id], note: 'Drones agricoles' }),
        line({ organizationIds: [boreal.id], newContacts: [{ firstName: 'Zoé', lastName: 'Côté' }] })
      ],
      options
    )
    expect((await getOrganization(fjordtech.id))?.lastInteractionAt).toBe('2026-04-01T13:00:00.000Z')
    expect((await getOrganization(boreal.id))?.lastInteractionAt).toBe('2026-03-05T22:30:00.000Z')
    expect((await getContact(eloise.id))?.lastInteractionAt).toBe('2026-03-05T22:30:00.000Z')
    expect((await getContact(samuel.id))?.lastInteractionAt).toBe('2026-03-05T22:30:00.000Z')
    const zoe = (await listContacts()).find((c) => c.firstName === 'Zoé')
    expect(zoe?.lastInteractionAt).toBe('2026-03-05T22:30:00.000Z')
    // untouched where nothing was raised; one more revision where it was, though met on two lines
    expect(await revisions()).toEqual([fjordtechBefore, borealBefore! + 1, samuelBefore! + 1])
  })

  it('writes nothing when one line is wrong, and says which line', async () => {
    const event = await evening()
    const error = await saveEncounters(
      event.id,
      [line({ newContacts: [{ firstName: 'Zoé', lastName: 'Côté' }] }), line({ note: 'personne' })],
      options
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toEqual({
      path: '1.organizationIds',
      key: 'validation.interactionNeedsSomeone'
    })
    await expect(saveEncounters(event.id, [line({ contactIds: ['gone'] })], options)).rejects.toBeInstanceOf(
      ValidationError
    )
    expect(await db().contacts.count()).toBe(0)
    expect(await db().interactions.count()).toBe(0)
  })

  it('refuses an event in the Trash', async () => {
    await expect(
      saveEncounters('missing', [line({ newContacts: [{ firstName: 'A', lastName: 'B' }] })], options)
    ).rejects.toMatchObject({ issues: [{ key: 'validation.eventMissing' }] })
  })
})
