import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, listContactsOfOrganization } from '@renderer/db/repositories/contacts'
import { createFollowUp, getFollowUp, listFollowUpsOf } from '@renderer/db/repositories/followUps'
import { listInteractionsOf } from '@renderer/db/repositories/interactions'
import {
  createOrganization,
  getOrganization,
  listOrganizations
} from '@renderer/db/repositories/organizations'
import { saveQuickLog, type QuickLogRequest } from '@renderer/db/repositories/quickLog'
import { organizationTimeline } from '@renderer/db/repositories/timeline'
import { db } from '@renderer/db/schema'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

const request = (overrides: Partial<QuickLogRequest>): QuickLogRequest => ({
  interaction: { kind: 'meeting', occurredAt: '2026-03-03T14:00:00.000Z', title: '', notes: '' },
  organizationIds: [],
  contactIds: [],
  newOrganizations: [],
  newContacts: [],
  followUp: null,
  ...overrides
})

describe('quick log save', () => {
  it('logs a meeting and its follow-up in one save, linked together', async () => {
    const company = await createOrganization(makeOrganization())
    const saved = await saveQuickLog(
      request({
        organizationIds: [company.id],
        followUp: { title: 'Relancer Nordik', dueDate: '2026-03-09' }
      })
    )
    expect(await listInteractionsOf('organizationIds', company.id)).toHaveLength(1)
    expect(await listFollowUpsOf('organizationId', company.id)).toMatchObject([
      { title: 'Relancer Nordik', dueDate: '2026-03-09', status: 'open', interactionId: saved.interaction.id }
    ])
    expect((await getOrganization(company.id))?.lastInteractionAt).toBe('2026-03-03T14:00:00.000Z')
  })

  it('keeps the meeting’s note with its follow-up', async () => {
    const company = await createOrganization(makeOrganization())
    const saved = await saveQuickLog(
      request({
        interaction: {
          kind: 'meeting',
          occurredAt: '2026-03-03T14:00:00.000Z',
          title: '',
          notes: 'Veut la grille 2026\nBudget en avril'
        },
        organizationIds: [company.id],
        followUp: { title: 'Relancer Nordik', dueDate: '2026-03-09' }
      })
    )
    expect(saved.followUp?.notes).toBe('Veut la grille 2026\nBudget en avril')
  })

  it('stores the log under the id the screen already shows, with its follow-up pointing to it', async () => {
    const company = await createOrganization(makeOrganization())
    await saveQuickLog(
      request({
        id: '0b6f1c2e-5a4d-4c3b-9e8f-7a6b5c4d3e2f',
        organizationIds: [company.id],
        followUp: { title: 'Relancer', dueDate: '2026-03-09' }
      })
    )
    expect(await listInteractionsOf('organizationIds', company.id)).toMatchObject([
      { id: '0b6f1c2e-5a4d-4c3b-9e8f-7a6b5c4d3e2f' }
    ])
    expect(await listFollowUpsOf('organizationId', company.id)).toMatchObject([
      { interactionId: '0b6f1c2e-5a4d-4c3b-9e8f-7a6b5c4d3e2f' }
    ])
  })

  it('creates a new company and a new contact inline, the contact working for that company', async () => {
    const saved = await saveQuickLog(
      request({
        newOrganizations: [{ name: 'Drone Boréal inc.' }],
        newContacts: [{ firstName: 'Éloïse', lastName: 'Gagnon' }]
      })
    )
    const [company] = await listOrganizations()
    expect(company).toMatchObject({
      name: 'Drone Boréal inc.',
      lastInteractionAt: '2026-03-03T14:00:00.000Z'
    })
    expect(await listContactsOfOrganization(company.id)).toMatchObject([
      { firstName: 'Éloïse', lastName: 'Gagnon', lastInteractionAt: '2026-03-03T14:00:00.000Z' }
    ])
    expect(saved.interaction.organizationIds).toEqual([company.id])
  })

  it('writes nothing when any part is invalid', async () => {
    await expect(
      saveQuickLog(
        request({
          newOrganizations: [{ name: 'Drone Boréal inc.' }],
          followUp: { title: 'Relancer', dueDate: 'demain' }
        })
      )
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveQuickLog(
        request({ newOrganizations: [{ name: 'Drone Boréal inc.' }], organizationIds: ['missing'] })
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await listOrganizations()).toEqual([])
    expect(await db().interactions.count()).toBe(0)
    expect(await db().followUps.count()).toBe(0)
  })

  it('a meeting with a person alone goes on their company’s timeline, with its follow-up', async () => {
    const company = await createOrganization(makeOrganization())
    const eloise = await createContact(makeContact({ organizationId: company.id }))
    const saved = await saveQuickLog(
      request({ contactIds: [eloise.id], followUp: { title: 'Relancer Éloïse', dueDate: '2026-03-09' } })
    )
    expect(saved.interaction.organizationIds).toEqual([company.id])
    const timeline = await organizationTimeline(company.id)
    expect(timeline.interactions.map((i) => i.id)).toEqual([saved.interaction.id])
    expect(timeline.followUps).toMatchObject([{ title: 'Relancer Éloïse', contactId: eloise.id }])
    expect((await getOrganization(company.id))?.lastInteractionAt).toBe('2026-03-03T14:00:00.000Z')
  })

  it('a company chosen with a person from elsewhere keeps the follow-up on the chosen company', async () => {
    const chosen = await createOrganization(makeOrganization())
    const elsewhere = await createOrganization(makeOrganization({ name: 'Drone Boréal inc.' }))
    const zoe = await createContact(makeContact({ firstName: 'Zoé', organizationId: elsewhere.id }))
    const saved = await saveQuickLog(
      request({
        organizationIds: [chosen.id],
        contactIds: [zoe.id],
        followUp: { title: 'Relancer', dueDate: '2026-03-09' }
      })
    )
    expect(saved.interaction.organizationIds).toEqual([chosen.id, elsewhere.id])
    expect(saved.followUp?.organizationId).toBe(chosen.id)
  })

  it('marks the checked open follow-ups done with the log; an unchecked one stays open', async () => {
    const person = await createContact(makeContact())
    const link = { organizationId: null, contactId: person.id, opportunityId: null, eventId: null }
    const due = await createFollowUp({ ...link, title: 'Envoyer la grille', dueDate: '2026-03-02' })
    const later = await createFollowUp({ ...link, title: 'Relancer en avril', dueDate: '2026-04-15' })
    await saveQuickLog(request({ contactIds: [person.id], doneFollowUpIds: [due.id] }))
    expect(await getFollowUp(due.id)).toMatchObject({ status: 'done', doneAt: expect.any(String) })
    expect(await getFollowUp(later.id)).toMatchObject({ status: 'open', doneAt: null })
  })

  it('a refused log leaves the follow-up it would have closed open (one transaction)', async () => {
    const person = await createContact(makeContact())
    const link = { organizationId: null, contactId: person.id, opportunityId: null, eventId: null }
    const due = await createFollowUp({ ...link, title: 'Envoyer la grille', dueDate: '2026-03-02' })
    await expect(
      saveQuickLog(
        request({ contactIds: [person.id], organizationIds: ['missing'], doneFollowUpIds: [due.id] })
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await getFollowUp(due.id)).toMatchObject({ status: 'open', doneAt: null })
  })
})
