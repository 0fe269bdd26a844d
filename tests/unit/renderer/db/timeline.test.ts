import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { listOpenOpportunitiesOf, listStaleRelationships } from '@renderer/db/repositories/relationships'
import { setSetting } from '@renderer/db/repositories/settings'
import { contactTimeline, organizationTimeline } from '@renderer/db/repositories/timeline'
import { db } from '@renderer/db/schema'
import { opportunitySchema, type Opportunity } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

const at = '2026-01-01T12:00:00.000Z'

async function addFile(organizationId: string, stageId: string, extra: Partial<Opportunity> = {}) {
  const file = opportunitySchema.parse({
    id: crypto.randomUUID(),
    organizationId,
    title: 'Prêt de démarrage',
    stageId,
    probability: 20,
    openedOn: '2026-01-01',
    stageEnteredAt: at,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...extra
  })
  await db().opportunities.add(file)
  return file
}

describe('timeline reads', () => {
  it('gathers a company’s interactions, follow-ups, files and stage changes, with names', async () => {
    const company = await createOrganization(makeOrganization())
    const other = await createOrganization(makeOrganization({ name: 'Partenaire' }))
    const contact = await createContact(makeContact({ organizationId: company.id }))
    await createInteraction({
      occurredAt: at,
      organizationIds: [company.id, other.id],
      contactIds: [contact.id]
    })
    await createFollowUp({
      title: 'Relancer',
      dueDate: '2026-03-03',
      organizationId: company.id,
      contactId: contact.id
    })
    const file = await addFile(company.id, 'first-meeting', { primaryContactId: contact.id })
    await db().stageChanges.add({
      id: 's1',
      opportunityId: file.id,
      fromStageId: 'lead',
      toStageId: 'first-meeting',
      at
    })

    const data = await organizationTimeline(company.id)
    expect(data.interactions).toHaveLength(1)
    expect(data.followUps).toHaveLength(1)
    expect(data.stageChanges).toMatchObject([{ toStageId: 'first-meeting' }])
    expect(data.organizations.get(other.id)?.name).toBe('Partenaire')
    expect(data.contacts.get(contact.id)?.firstName).toBe('Éloïse')

    const person = await contactTimeline(contact.id)
    expect([person.interactions.length, person.followUps.length, person.stageChanges.length]).toEqual([
      1, 1, 1
    ])
    expect((await organizationTimeline(other.id)).followUps).toEqual([])
  })
})

describe('a company timeline’s names', () => {
  it('names the people its entries involve, its own and others’, and no one in the Trash or not involved', async () => {
    const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
    const partner = await createOrganization(makeOrganization({ name: 'Fonds Nordet' }))
    const own = await createContact(makeContact({ organizationId: company.id, firstName: 'Éloïse' }))
    const notInvolved = await createContact(makeContact({ organizationId: company.id, firstName: 'Rémi' }))
    const trashed = await createContact(makeContact({ organizationId: company.id, firstName: 'Zoé' }))
    const outsider = await createContact(makeContact({ organizationId: partner.id, firstName: 'Karim' }))
    await createInteraction({
      occurredAt: at,
      organizationIds: [company.id, partner.id],
      contactIds: [own.id, trashed.id, outsider.id]
    })
    await createFollowUp({ title: 'Relancer', dueDate: '2026-03-03', organizationId: company.id })
    await deleteContact(trashed.id)

    const data = await organizationTimeline(company.id)
    expect([...data.contacts.values()].map((c) => c.firstName).sort()).toEqual(['Karim', 'Éloïse'])
    expect(data.contacts.has(notInvolved.id)).toBe(false)
    expect([...data.organizations.values()].map((o) => o.name).sort()).toEqual(['Alumitek', 'Fonds Nordet'])
  })
})

describe('stale relationships', () => {
  it('lists tiered companies past their cadence and holders of open files idle for too long', async () => {
    const now = new Date('2026-03-03T15:00:00Z')
    const key = await createOrganization(makeOrganization({ name: 'Compte clé', tier: 'key-account' }))
    const withFile = await createOrganization(makeOrganization({ name: 'Avec dossier' }))
    const wonFile = await createOrganization(makeOrganization({ name: 'Dossier décaissé' }))
    const busy = await createOrganization(makeOrganization({ name: 'Occupée', tier: 'key-account' }))
    await addFile(withFile.id, 'application')
    await addFile(wonFile.id, 'disbursed', { outcome: 'won' })
    await createInteraction({ occurredAt: '2025-12-01T15:00:00.000Z', organizationIds: [withFile.id] })
    await createInteraction({ occurredAt: '2026-02-20T15:00:00.000Z', organizationIds: [busy.id] })

    const stale = await listStaleRelationships(now)
    expect(stale.map((s) => s.organization.name)).toEqual(['Compte clé', 'Avec dossier'])
    expect(stale[1]).toMatchObject({ openFiles: 1, pastCadenceDays: null })
    expect(stale[0]).toMatchObject({ openFiles: 0, pastCadenceDays: 30, idleDays: null })
    await setSetting('staleDays', 100)
    expect((await listStaleRelationships(now)).map((s) => s.organization.id)).toEqual([key.id])
    expect((await listOpenOpportunitiesOf([withFile.id, wonFile.id])).map((f) => f.organizationId)).toEqual([
      withFile.id
    ])
  })
})
