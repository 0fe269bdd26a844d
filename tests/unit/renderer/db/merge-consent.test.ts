// Law 25 through a merge: the stricter basis and the earliest date are kept, and a withdrawal of
// consent on either record always wins, whichever record is kept.
import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, getContact, updateContact } from '@renderer/db/repositories/contacts'
import { mergeContacts } from '@renderer/db/repositories/merge'
import { db } from '@renderer/db/schema'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact } from '../../../fixtures/factories'

const NOTE = { date: '2026-12-03', heading: 'Fusionné depuis' }
const KEEP_ALL = {
  organizationId: 'kept',
  firstName: 'kept',
  lastName: 'kept',
  role: 'kept',
  email: 'kept',
  phone: 'kept',
  language: 'kept'
} as const

beforeEach(async () => {
  await freshDatabase()
})

/** The officer recorded a withdrawal on this person (no form sets it yet: written as a backup would). */
async function withdraw(id: string, withdrawnAt: string) {
  const contact = (await db().contacts.get(id))!
  await db().contacts.put({ ...contact, consent: { ...contact.consent, withdrawnAt } })
}

describe('merging two people: consent', () => {
  it('keeps the other record’s withdrawal over the kept record’s express consent', async () => {
    const kept = await createContact(
      makeContact({ consent: { basis: 'express', date: '2025-05-01', source: 'formulaire' } })
    )
    const other = await createContact(
      makeContact({ email: 'e.t@gmail.com', consent: { basis: 'implied', date: '2024-03-10', source: '' } })
    )
    await withdraw(other.id, '2026-02-01')
    await mergeContacts(kept.id, other.id, KEEP_ALL, NOTE)
    expect((await getContact(kept.id))?.consent).toEqual({
      basis: 'express',
      date: '2024-03-10',
      source: 'formulaire',
      withdrawnAt: '2026-02-01'
    })
  })

  it('keeps the kept record’s withdrawal when the other gave express consent, with the earliest day', async () => {
    const kept = await createContact(makeContact())
    const other = await createContact(
      makeContact({
        email: 'e.t@gmail.com',
        consent: { basis: 'express', date: '2026-06-01', source: 'courriel' }
      })
    )
    await withdraw(kept.id, '2026-03-15')
    await withdraw(other.id, '2026-04-20')
    await mergeContacts(kept.id, other.id, KEEP_ALL, NOTE)
    expect((await getContact(kept.id))?.consent.withdrawnAt).toBe('2026-03-15')
  })
})

describe('editing a person', () => {
  it('keeps a recorded withdrawal when the form saves the consent without it', async () => {
    const contact = await createContact(makeContact())
    await withdraw(contact.id, '2026-03-15')
    await updateContact(contact.id, { consent: { basis: 'express', date: '2026-05-01', source: 'salon' } })
    expect((await getContact(contact.id))?.consent).toEqual({
      basis: 'express',
      date: '2026-05-01',
      source: 'salon',
      withdrawnAt: '2026-03-15'
    })
  })
})
