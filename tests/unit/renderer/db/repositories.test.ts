import { beforeEach, describe, expect, it } from 'vitest'
import {
  createContact,
  deleteContact,
  findContactsByEmail,
  getContact,
  listContactsOfOrganization,
  updateContact
} from '@renderer/db/repositories/contacts'
import {
  createOrganization,
  deleteOrganization,
  findOrganizationsByName,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { listTrash, purgeTrashItem, restoreTrashItem } from '@renderer/db/repositories/trash'
import { ValidationError } from '@shared/errors'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

describe('organizations repository', () => {
  it('creates a company with an accented name and finds it by a folded name', async () => {
    const created = await createOrganization(makeOrganization({ name: 'Les Technologies Éloïse inc.' }))
    expect(await getOrganization(created.id)).toMatchObject({
      name: 'Les Technologies Éloïse inc.',
      deletedAt: null
    })
    expect((await findOrganizationsByName('LES TECHNOLOGIES ELOISE')).map((o) => o.id)).toEqual([created.id])
  })

  it('refuses a 9-digit NEQ and stores nothing', async () => {
    await expect(createOrganization(makeOrganization({ neq: '123456789' }))).rejects.toBeInstanceOf(
      ValidationError
    )
    expect(await listOrganizations()).toEqual([])
  })

  it('refuses a second company with the same NEQ', async () => {
    await createOrganization(makeOrganization({ neq: '1234567890' }))
    await expect(
      createOrganization(makeOrganization({ name: 'Autre', neq: '1234567890' }))
    ).rejects.toMatchObject({
      issues: [{ path: 'neq', key: 'validation.neqTaken' }]
    })
  })

  it('updates fields and keeps the rest, and rejects an invalid update without changing the record', async () => {
    const created = await createOrganization(makeOrganization({ city: 'Alma' }))
    const updated = await updateOrganization(created.id, {
      name: 'Nordik Énergie',
      tags: ['ia', 'ia', 'énergie']
    })
    expect(updated).toMatchObject({
      name: 'Nordik Énergie',
      city: 'Alma',
      tags: ['ia', 'énergie'],
      nameKey: 'nordik energie'
    })
    await expect(updateOrganization(created.id, { website: 'not a url' })).rejects.toBeInstanceOf(
      ValidationError
    )
    expect((await getOrganization(created.id))?.website).toBe('')
  })

  it('moves to the Trash and restores', async () => {
    const created = await createOrganization(makeOrganization())
    await deleteOrganization(created.id)
    expect(await getOrganization(created.id)).toBeUndefined()
    expect(await listOrganizations()).toEqual([])
    expect((await listTrash()).map((i) => [i.kind, i.label])).toEqual([
      ['organization', 'Nordik Technologies']
    ])
    await restoreOrganization(created.id)
    expect(await getOrganization(created.id)).toBeDefined()
    expect(await listTrash()).toEqual([])
  })
})

describe('contacts repository', () => {
  it('links a contact to its company', async () => {
    const company = await createOrganization(makeOrganization())
    const contact = await createContact(makeContact({ organizationId: company.id }))
    expect((await listContactsOfOrganization(company.id)).map((c) => c.id)).toEqual([contact.id])
    expect(contact.nameKey).toBe('eloise tremblay')
  })

  it('refuses an invalid email with a translatable key', async () => {
    await expect(createContact(makeContact({ email: 'eloise@nordik' }))).rejects.toMatchObject({
      issues: [{ path: 'email', key: 'validation.email' }]
    })
  })

  it('stores the address of a pasted « Name <address> » and finds the person by it', async () => {
    const contact = await createContact(makeContact({ email: 'Éloïse Tremblay <eloise@nordik.ca>' }))
    expect(contact.email).toBe('eloise@nordik.ca')
    expect((await findContactsByEmail('"Tremblay, Éloïse" <ELOISE@nordik.ca>')).map((c) => c.id)).toEqual([
      contact.id
    ])
  })

  it('refuses a link to a company in the Trash', async () => {
    const company = await createOrganization(makeOrganization())
    await deleteOrganization(company.id)
    await expect(createContact(makeContact({ organizationId: company.id }))).rejects.toMatchObject({
      issues: [{ path: 'organizationId', key: 'validation.organizationMissing' }]
    })
  })

  it('records consent and restores from the Trash through the generic trash API', async () => {
    const contact = await createContact(
      makeContact({ consent: { basis: 'express', date: '2026-11-20', source: '5 à 7' } })
    )
    await updateContact(contact.id, { role: 'PDG' })
    await deleteContact(contact.id)
    expect(await getContact(contact.id)).toBeUndefined()
    await restoreTrashItem('contact', contact.id)
    expect(await getContact(contact.id)).toMatchObject({
      role: 'PDG',
      consent: { basis: 'express', date: '2026-11-20' }
    })
  })

  it('purges only what is in the Trash', async () => {
    const contact = await createContact(makeContact())
    await purgeTrashItem('contact', contact.id)
    expect(await getContact(contact.id)).toBeDefined()
    await deleteContact(contact.id)
    await purgeTrashItem('contact', contact.id)
    expect(await listTrash()).toEqual([])
  })
})
