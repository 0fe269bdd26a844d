// Purging a record from the Trash cuts every link to it in the same transaction, so a backup never
// holds a link to nothing; a company that still has financing files is refused, naming them.
import { describe, expect, it, vi } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import { createEvent, deleteEvent } from '@renderer/db/repositories/events'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createIntroduction } from '@renderer/db/repositories/introductions'
import { createOpportunity, deleteOpportunity, moveToStage } from '@renderer/db/repositories/opportunities'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { getPipelineStages } from '@renderer/db/repositories/pipelineStages'
import { purgeTrashItem } from '@renderer/db/repositories/trash'
import { readAllTables } from '@renderer/db/repositories/backup'
import { unresolvedLinks } from '@shared/backup/integrity'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

const texts = {
  logTitle: 'Mise en relation',
  loggedAt: '2026-03-05T23:00:00.000Z',
  checkInTitle: 'Nouvelles'
}

async function scene() {
  const database = await freshDatabase()
  const nordik = await createOrganization(makeOrganization({ name: 'Nordik' }))
  const bank = await createOrganization(makeOrganization({ name: 'Banque du Nord', kind: 'funder' }))
  const eloise = await createContact(makeContact({ organizationId: nordik.id }))
  const marc = await createContact(
    makeContact({ firstName: 'Marc', email: 'marc@nordik.ca', organizationId: nordik.id })
  )
  const event = await createEvent({
    name: '5 à 7',
    startsAt: '2026-03-05T22:00:00.000Z',
    organizerIds: [bank.id]
  })
  const dinner = await createInteraction({
    title: 'Dîner',
    occurredAt: '2026-11-01T12:00:00.000Z',
    organizationIds: [nordik.id, bank.id],
    contactIds: [eloise.id, marc.id],
    eventId: event.id
  })
  const call = await createInteraction({
    title: 'Appel',
    occurredAt: '2026-11-02T12:00:00.000Z',
    contactIds: [eloise.id]
  })
  const followUp = await createFollowUp({
    title: 'Rappeler',
    dueDate: '2026-12-01',
    contactId: eloise.id,
    eventId: event.id
  })
  const introduction = await createIntroduction(
    {
      personAId: eloise.id,
      personBId: marc.id,
      reason: 'Drones',
      status: 'made',
      madeAt: '2026-03-05',
      eventId: event.id
    },
    texts
  )
  return { database, nordik, bank, eloise, marc, event, dinner, call, followUp, introduction }
}

describe('purging from the Trash', () => {
  it('a contact: gone from meetings, follow-ups and introductions, nothing left pointing to it', async () => {
    const s = await scene()
    await deleteContact(s.eloise.id)
    await purgeTrashItem('contact', s.eloise.id)
    expect(await s.database.contacts.get(s.eloise.id)).toBeUndefined()
    expect((await s.database.interactions.get(s.dinner.id))?.contactIds).toEqual([s.marc.id])
    // Met with her company: the meeting stays with the company
    expect(await s.database.interactions.get(s.call.id)).toMatchObject({
      organizationIds: [s.nordik.id],
      contactIds: []
    })
    expect((await s.database.followUps.get(s.followUp.id))?.contactId).toBeNull()
    expect(await s.database.introductions.get(s.introduction.id)).toMatchObject({
      personAId: 'erased-person',
      personBId: s.marc.id
    })
    expect(unresolvedLinks(await readAllTables()).total).toBe(0)
  })

  it('a person met alone: the meeting stays, with the erased-person placeholder', async () => {
    const s = await scene()
    const lea = await createContact(makeContact({ firstName: 'Léa', email: 'lea@exemple.ca' }))
    const coffee = await createInteraction({
      title: 'Café',
      occurredAt: '2026-11-04T12:00:00.000Z',
      contactIds: [lea.id]
    })
    await deleteContact(lea.id)
    await purgeTrashItem('contact', lea.id)
    expect((await s.database.interactions.get(coffee.id))?.contactIds).toEqual(['erased-person'])
  })

  it('a company without files: its people, meetings, events and follow-ups lose the link', async () => {
    const s = await scene()
    await deleteOrganization(s.bank.id)
    await purgeTrashItem('organization', s.bank.id)
    expect((await s.database.interactions.get(s.dinner.id))?.organizationIds).toEqual([s.nordik.id])
    expect((await s.database.events.get(s.event.id))?.organizerIds).toEqual([])
    await deleteOrganization(s.nordik.id)
    await purgeTrashItem('organization', s.nordik.id)
    expect((await s.database.contacts.get(s.eloise.id))?.organizationId).toBeNull()
    expect((await s.database.interactions.get(s.dinner.id))?.organizationIds).toEqual([])
    expect(unresolvedLinks(await readAllTables()).total).toBe(0)
  })

  it('a company with financing files is refused, naming them, and nothing changes', async () => {
    const s = await scene()
    await createOpportunity({ organizationId: s.nordik.id, title: 'Prêt ESSOR', requestedCents: 1_000_000 })
    await deleteOrganization(s.nordik.id)
    const error = await purgeTrashItem('organization', s.nordik.id).catch((e: unknown) => e)
    expect(error).toMatchObject({ key: 'trash.errors.hasFiles', params: { count: 1, names: 'Prêt ESSOR' } })
    expect(await s.database.organizations.get(s.nordik.id)).toMatchObject({ name: 'Nordik' })
    expect((await s.database.contacts.get(s.eloise.id))?.organizationId).toBe(s.nordik.id)
  })

  it('a financing file: its stage changes go with it; meetings keep no link to it', async () => {
    const s = await scene()
    const file = await createOpportunity({
      organizationId: s.nordik.id,
      title: 'Prêt',
      requestedCents: 1_000_000
    })
    const stages = await getPipelineStages()
    await moveToStage(file.id, stages[1].id)
    const meeting = await createInteraction({
      title: 'Suivi du prêt',
      occurredAt: '2026-11-03T12:00:00.000Z',
      organizationIds: [s.nordik.id],
      opportunityId: file.id
    })
    expect(await s.database.stageChanges.where('opportunityId').equals(file.id).count()).toBeGreaterThan(0)
    await deleteOpportunity(file.id)
    await purgeTrashItem('opportunity', file.id)
    expect(await s.database.stageChanges.where('opportunityId').equals(file.id).count()).toBe(0)
    expect((await s.database.interactions.get(meeting.id))?.opportunityId).toBeNull()
    expect(unresolvedLinks(await readAllTables()).total).toBe(0)
  })

  it('an event: meetings, follow-ups and introductions keep no link to it', async () => {
    const s = await scene()
    await deleteEvent(s.event.id)
    await purgeTrashItem('event', s.event.id)
    expect((await s.database.interactions.get(s.dinner.id))?.eventId).toBeNull()
    expect((await s.database.followUps.get(s.followUp.id))?.eventId).toBeNull()
    expect((await s.database.introductions.get(s.introduction.id))?.eventId).toBeNull()
    expect(unresolvedLinks(await readAllTables()).total).toBe(0)
  })

  it('finds the records that name a purged contact by their indexes, without reading whole tables', async () => {
    const s = await scene()
    // The purge reaches the tables by name (db.table), Dexie's own instances
    const reads = ['interactions', 'followUps', 'opportunities'].map((name) =>
      vi.spyOn(s.database.table(name), 'toArray')
    )
    await deleteContact(s.eloise.id)
    await purgeTrashItem('contact', s.eloise.id)
    expect(reads.map((read) => read.mock.calls.length)).toEqual([0, 0, 0])
    reads.forEach((read) => read.mockRestore())
    expect((await s.database.interactions.get(s.dinner.id))?.contactIds).toEqual([s.marc.id])
    expect((await s.database.followUps.get(s.followUp.id))?.contactId).toBeNull()
  })
})
