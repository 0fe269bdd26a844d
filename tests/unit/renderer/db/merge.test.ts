import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, getContact } from '@renderer/db/repositories/contacts'
import { listOrganizationPairs, markNotDuplicate } from '@renderer/db/repositories/duplicates'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { mergeContacts, mergeOrganizations, undoMerge } from '@renderer/db/repositories/merge'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization, getOrganization } from '@renderer/db/repositories/organizations'
import { db } from '@renderer/db/schema'
import { ORGANIZATION_MERGE_FIELDS, preselect } from '@shared/merge/plan'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'
import { expectAllOrNothing, snapshotTables } from '../../../fixtures/write-failure'

const NOTE = { date: '2026-12-03', heading: 'Fusionné depuis Nordik Tech' }

async function twoCompanies() {
  const kept = await createOrganization(
    makeOrganization({ name: 'Nordik Technologies', city: 'Saguenay', tags: ['bois'] })
  )
  const other = await createOrganization(
    makeOrganization({
      name: 'Nordik Tech',
      neq: '1234567890',
      city: '',
      tags: ['export'],
      notes: 'Client 2020'
    })
  )
  const funder = await createOrganization(makeOrganization({ name: 'Fonds régional', kind: 'funder' }))
  const eloise = await createContact(makeContact({ organizationId: other.id }))
  await createInteraction({
    title: 'Visite',
    occurredAt: '2026-11-01T12:00:00.000Z',
    organizationIds: [kept.id]
  })
  await createInteraction({
    title: 'Dîner',
    occurredAt: '2026-11-02T12:00:00.000Z',
    organizationIds: [other.id, kept.id]
  })
  await createInteraction({
    title: 'Appel',
    occurredAt: '2026-11-03T12:00:00.000Z',
    organizationIds: [other.id]
  })
  await createFollowUp({ title: 'Rappeler', dueDate: '2026-12-01', organizationId: other.id })
  await createOpportunity({ organizationId: other.id, title: 'Prêt' })
  await createOpportunity({ organizationId: funder.id, title: 'Co-financement', funderIds: [other.id] })
  await db().savedViews.put({
    id: 'v1',
    scope: 'companies',
    name: 'Nordik',
    state: { organizationIds: [other.id] },
    pinned: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  })
  return { kept, other, funder, eloise }
}

const choicesFor = async (keptId: string, otherId: string) =>
  preselect(
    (await db().organizations.get(keptId))!,
    (await db().organizations.get(otherId))!,
    ORGANIZATION_MERGE_FIELDS
  )

describe('merging two companies', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('moves every reference to the kept company and puts the other in the Trash, merged into it', async () => {
    const { kept, other, eloise } = await twoCompanies()
    await mergeOrganizations(kept.id, other.id, await choicesFor(kept.id, other.id), NOTE)

    const merged = await getOrganization(kept.id)
    expect(merged).toMatchObject({
      name: 'Nordik Technologies',
      neq: '1234567890',
      city: 'Saguenay',
      tags: ['bois', 'export'],
      notes: '— 2026-12-03 · Fusionné depuis Nordik Tech —\nClient 2020'
    })
    expect(await db().organizations.get(other.id)).toMatchObject({ mergedInto: kept.id })
    expect(await getOrganization(other.id)).toBeUndefined()
    expect(await db().interactions.where('organizationIds').equals(kept.id).count()).toBe(3)
    expect(await db().interactions.where('organizationIds').equals(other.id).count()).toBe(0)
    const dinner = await db()
      .interactions.filter((i) => i.title === 'Dîner')
      .first()
    expect(dinner?.organizationIds).toEqual([kept.id])
    expect(await db().followUps.where('organizationId').equals(kept.id).count()).toBe(1)
    expect(await db().opportunities.where('organizationId').equals(kept.id).count()).toBe(1)
    expect(await db().opportunities.where('funderIds').equals(kept.id).count()).toBe(1)
    expect((await getContact(eloise.id))?.organizationId).toBe(kept.id)
    expect((await db().savedViews.get('v1'))?.state).toEqual({ organizationIds: [kept.id] })
  })

  it('undo puts every record back as it was', async () => {
    const { kept, other } = await twoCompanies()
    const before = await snapshotTables(db())
    const snapshot = await mergeOrganizations(kept.id, other.id, await choicesFor(kept.id, other.id), NOTE)
    await undoMerge(snapshot)
    expect(await snapshotTables(db())).toEqual(before)
  })

  it('is all or nothing: a failed late write leaves the database unchanged', async () => {
    await expectAllOrNothing({
      scene: async () => {
        const { kept, other } = await twoCompanies()
        return { kept, other, choices: await choicesFor(kept.id, other.id) }
      },
      operation: ({ kept, other, choices }) => mergeOrganizations(kept.id, other.id, choices, NOTE)
    })
  })

  it('« Pas un doublon » is remembered: the pair is no longer proposed', async () => {
    const a = await createOrganization(makeOrganization({ name: 'Boréal inc.' }))
    const b = await createOrganization(makeOrganization({ name: 'BOREAL' }))
    const pairs = (await listOrganizationPairs()).map((p) => ({
      ids: [p.firstId, p.secondId].sort(),
      reasons: p.reasons
    }))
    expect(pairs).toEqual([{ ids: [a.id, b.id].sort(), reasons: ['name'] }])
    await markNotDuplicate('organization', b.id, a.id)
    expect(await listOrganizationPairs()).toEqual([])
  })
})

describe('merging two people', () => {
  beforeEach(async () => {
    await freshDatabase()
  })

  it('moves their interactions and follow-ups and keeps the stricter consent', async () => {
    const kept = await createContact(
      makeContact({ consent: { basis: 'implied', date: '2025-05-01', source: 'carte' } })
    )
    const other = await createContact(
      makeContact({
        email: 'e.t@gmail.com',
        consent: { basis: 'express', date: '2025-09-01', source: 'formulaire' }
      })
    )
    await createInteraction({
      title: 'Appel',
      occurredAt: '2026-11-03T12:00:00.000Z',
      contactIds: [other.id]
    })
    await createFollowUp({ title: 'Rappeler', dueDate: '2026-12-01', contactId: other.id })
    const choices = {
      organizationId: 'kept',
      firstName: 'kept',
      lastName: 'kept',
      role: 'kept',
      email: 'kept',
      phone: 'kept',
      language: 'kept'
    } as const
    await mergeContacts(kept.id, other.id, choices, NOTE)
    expect(await getContact(kept.id)).toMatchObject({
      email: 'eloise.tremblay@nordik.ca',
      consent: { basis: 'express', date: '2025-05-01', source: 'formulaire' },
      notes: '— 2026-12-03 · Fusionné depuis Nordik Tech —\ne.t@gmail.com'
    })
    expect(await db().interactions.where('contactIds').equals(kept.id).count()).toBe(1)
    expect(await db().followUps.where('contactId').equals(kept.id).count()).toBe(1)
    expect(await db().contacts.get(other.id)).toMatchObject({ mergedInto: kept.id })
  })
})
