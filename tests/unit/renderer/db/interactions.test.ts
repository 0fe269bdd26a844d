import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, getContact } from '@renderer/db/repositories/contacts'
import {
  createInteraction,
  deleteInteraction,
  listInteractionsOf,
  updateInteraction
} from '@renderer/db/repositories/interactions'
import {
  createOrganization,
  deleteOrganization,
  getOrganization
} from '@renderer/db/repositories/organizations'
import { listTrash, restoreTrashItem } from '@renderer/db/repositories/trash'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

async function companyWithContact() {
  const company = await createOrganization(makeOrganization())
  const contact = await createContact(makeContact({ organizationId: company.id }))
  return { company, contact }
}

const lastOf = async (companyId: string) => (await getOrganization(companyId))?.lastInteractionAt

describe('interactions repository', () => {
  it('logging a meeting sets the last contact of its company and contact, keeping the latest', async () => {
    const { company, contact } = await companyWithContact()
    await createInteraction({
      occurredAt: '2026-03-03T14:00:00.000Z',
      organizationIds: [company.id],
      contactIds: [contact.id]
    })
    await createInteraction({ occurredAt: '2026-01-10T14:00:00.000Z', organizationIds: [company.id] })
    expect(await lastOf(company.id)).toBe('2026-03-03T14:00:00.000Z')
    expect((await getContact(contact.id))?.lastInteractionAt).toBe('2026-03-03T14:00:00.000Z')
  })

  it('needs a company or a contact, and refuses one that is in the Trash, writing nothing', async () => {
    await expect(createInteraction({ occurredAt: '2026-03-03T14:00:00.000Z' })).rejects.toMatchObject({
      issues: [{ path: 'organizationIds', key: 'validation.interactionNeedsSomeone' }]
    })
    const company = await createOrganization(makeOrganization())
    await deleteOrganization(company.id)
    await expect(
      createInteraction({ occurredAt: '2026-03-03T14:00:00.000Z', organizationIds: [company.id] })
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await listInteractionsOf('organizationIds', company.id)).toEqual([])
  })

  it('moving a meeting to another company recomputes both last contacts', async () => {
    const a = await createOrganization(makeOrganization({ name: 'A' }))
    const b = await createOrganization(makeOrganization({ name: 'B' }))
    await createInteraction({ occurredAt: '2026-01-10T14:00:00.000Z', organizationIds: [a.id] })
    const late = await createInteraction({ occurredAt: '2026-03-03T14:00:00.000Z', organizationIds: [a.id] })
    await updateInteraction(late.id, { organizationIds: [b.id] })
    expect(await lastOf(a.id)).toBe('2026-01-10T14:00:00.000Z')
    expect(await lastOf(b.id)).toBe('2026-03-03T14:00:00.000Z')
    await updateInteraction(late.id, { occurredAt: '2026-02-01T14:00:00.000Z' })
    expect(await lastOf(b.id)).toBe('2026-02-01T14:00:00.000Z')
  })

  it('delete goes to the Trash and recomputes; restoring from the Trash counts it again', async () => {
    const { company, contact } = await companyWithContact()
    await createInteraction({ occurredAt: '2026-01-10T14:00:00.000Z', organizationIds: [company.id] })
    const latest = await createInteraction({
      kind: 'call',
      title: 'Appel de suivi',
      occurredAt: '2026-03-03T14:00:00.000Z',
      organizationIds: [company.id],
      contactIds: [contact.id]
    })
    await deleteInteraction(latest.id)
    expect(await lastOf(company.id)).toBe('2026-01-10T14:00:00.000Z')
    expect((await getContact(contact.id))?.lastInteractionAt).toBeNull()
    expect(await listTrash()).toMatchObject([{ kind: 'interaction', id: latest.id, label: 'Appel de suivi' }])
    await restoreTrashItem('interaction', latest.id)
    expect(await lastOf(company.id)).toBe('2026-03-03T14:00:00.000Z')
    expect((await getContact(contact.id))?.lastInteractionAt).toBe('2026-03-03T14:00:00.000Z')
  })

  it('an invalid edit changes nothing', async () => {
    const { company } = await companyWithContact()
    const meeting = await createInteraction({
      occurredAt: '2026-03-03T14:00:00.000Z',
      organizationIds: [company.id]
    })
    await expect(
      updateInteraction(meeting.id, { organizationIds: [], contactIds: [] })
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(updateInteraction(meeting.id, { durationMinutes: -5 })).rejects.toBeInstanceOf(
      ValidationError
    )
    expect(await listInteractionsOf('organizationIds', company.id)).toMatchObject([{ durationMinutes: null }])
  })

  it('a meeting with a person alone is on their company’s timeline, also after an edit adds someone', async () => {
    const { company, contact } = await companyWithContact()
    const other = await createOrganization(makeOrganization({ name: 'Drone Boréal inc.' }))
    const colleague = await createContact(makeContact({ firstName: 'Zoé', organizationId: other.id }))
    const meeting = await createInteraction({
      occurredAt: '2026-03-03T14:00:00.000Z',
      contactIds: [contact.id]
    })
    expect(meeting.organizationIds).toEqual([company.id])
    expect(await listInteractionsOf('organizationIds', company.id)).toHaveLength(1)
    expect(await lastOf(company.id)).toBe('2026-03-03T14:00:00.000Z')

    await updateInteraction(meeting.id, { contactIds: [contact.id, colleague.id] })
    expect(await listInteractionsOf('organizationIds', other.id)).toMatchObject([{ id: meeting.id }])
    expect(await lastOf(other.id)).toBe('2026-03-03T14:00:00.000Z')
  })

  it('a person whose company is in the Trash is logged alone', async () => {
    const { company, contact } = await companyWithContact()
    await deleteOrganization(company.id)
    const meeting = await createInteraction({
      occurredAt: '2026-03-03T14:00:00.000Z',
      contactIds: [contact.id]
    })
    expect(meeting.organizationIds).toEqual([])
  })
})
