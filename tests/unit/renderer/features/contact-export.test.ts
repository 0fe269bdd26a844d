import { beforeEach, describe, expect, it } from 'vitest'
import { createContact } from '@renderer/db/repositories/contacts'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { accessAnswer } from '@renderer/db/repositories/privacy'
import { db } from '@renderer/db/schema'
import { contactJson } from '@renderer/features/privacy/contactJson'
import { introductionSchema } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

async function scene() {
  const company = await createOrganization(makeOrganization({ name: 'Nordik' }))
  const eloise = await createContact(
    makeContact({
      organizationId: company.id,
      phone: '418 555-0101',
      consent: { basis: 'express', date: '2026-03-02', source: 'Salon Inno 2026' }
    })
  )
  const marc = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon', email: '' }))
  const at = (day: string) => `2026-11-${day}T12:00:00.000Z`
  await createInteraction({ title: 'Dîner', occurredAt: at('01'), contactIds: [eloise.id, marc.id] })
  await createInteraction({ title: 'Appel avec Marc', occurredAt: at('02'), contactIds: [marc.id] })
  await createFollowUp({ title: 'Envoyer le guide', dueDate: '2026-12-01', contactId: eloise.id })
  await createFollowUp({ title: 'Relancer Marc', dueDate: '2026-12-02', contactId: marc.id })
  const intro = introductionSchema.parse({
    id: 'intro-1',
    personAId: marc.id,
    personBId: eloise.id,
    reason: 'Projet hydrogène',
    createdAt: at('03'),
    updatedAt: at('03'),
    deletedAt: null
  })
  await db().introductions.add(intro)
  return { company, eloise, marc }
}

describe('"Export everything about this person" as JSON', () => {
  it('holds the person’s record, company, interactions, follow-ups and introductions, and nobody else’s', async () => {
    const { company, eloise, marc } = await scene()
    const json = JSON.parse(contactJson(await accessAnswer(eloise.id)))

    expect(Object.keys(json)).toEqual([
      'contact',
      'organization',
      'interactions',
      'followUps',
      'introductions',
      'privacyOfficer'
    ])
    expect(json.contact).toMatchObject({
      id: eloise.id,
      firstName: 'Éloïse',
      lastName: 'Tremblay',
      email: 'eloise.tremblay@nordik.ca',
      phone: '418 555-0101',
      consent: { basis: 'express', date: '2026-03-02', source: 'Salon Inno 2026' }
    })
    expect(json.organization).toMatchObject({ id: company.id, name: 'Nordik' })
    expect(json.interactions.map((i: { title: string }) => i.title)).toEqual(['Dîner'])
    expect(json.interactions[0].contactIds).toEqual([eloise.id, marc.id])
    expect(json.followUps.map((f: { title: string }) => f.title)).toEqual(['Envoyer le guide'])
    expect(json.introductions).toMatchObject([
      { id: 'intro-1', personAId: marc.id, personBId: eloise.id, reason: 'Projet hydrogène' }
    ])
    // Another person appears by id only: their own record is not part of her answer
    expect(JSON.stringify(json)).not.toContain('Gagnon')
  })

  it('keeps the person’s record when she has no company or history', async () => {
    const alone = await createContact(makeContact({ firstName: 'Zoé', lastName: 'Roy', email: '' }))
    const json = JSON.parse(contactJson(await accessAnswer(alone.id)))
    expect(json).toMatchObject({
      contact: { firstName: 'Zoé', lastName: 'Roy' },
      organization: null,
      interactions: [],
      followUps: [],
      introductions: []
    })
  })
})
