import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import { createOrganization, updateOrganization } from '@renderer/db/repositories/organizations'
import {
  currentPartyDirectory,
  followPartyDirectory,
  needPartyDirectory
} from '@renderer/features/interactions/partyDirectory'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

let unfollow: () => void = () => undefined

const keys = (type: 'organizations' | 'contacts') =>
  (currentPartyDirectory()?.[type] ?? []).map((name) => name.key).sort()

beforeEach(async () => {
  await freshDatabase()
})
afterEach(() => unfollow())

describe('the type-ahead name directory', () => {
  it('reads what is there, then follows each created, renamed and deleted record', async () => {
    const nordik = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    unfollow = followPartyDirectory(() => undefined)
    // the first read waits for a quiet page (it would slow the first screen), unless needed now
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(currentPartyDirectory()).toBeUndefined()
    needPartyDirectory()
    await vi.waitFor(() => expect(keys('organizations')).toEqual(['nordik technologies']))

    const eloise = await createContact(makeContact({ firstName: 'Éloïse', lastName: 'Tremblay' }))
    await vi.waitFor(() => expect(keys('contacts')).toEqual(['eloise tremblay']))

    await updateOrganization(nordik.id, { name: 'Nordik Données' })
    await vi.waitFor(() => expect(keys('organizations')).toEqual(['nordik donnees']))

    await deleteContact(eloise.id)
    await vi.waitFor(() => expect(keys('contacts')).toEqual([]))
  })

  it('keeps the same lists when a write changes no name', async () => {
    const nordik = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    unfollow = followPartyDirectory(() => undefined)
    needPartyDirectory()
    await vi.waitFor(() => expect(keys('organizations')).toEqual(['nordik technologies']))
    const before = currentPartyDirectory()

    await updateOrganization(nordik.id, { website: 'https://nordik.example' })
    // a rename after it shows that the directory has seen both writes
    await createContact(makeContact({ firstName: 'Éloïse', lastName: 'Tremblay' }))
    await vi.waitFor(() => expect(keys('contacts')).toEqual(['eloise tremblay']))
    const afterRename = currentPartyDirectory()
    expect(afterRename?.organizations).toBe(before?.organizations)
    expect(afterRename?.contacts).not.toBe(before?.contacts)
  })

  it('stops reading when nobody follows it, and starts again from the database', async () => {
    unfollow = followPartyDirectory(() => undefined)
    needPartyDirectory()
    await vi.waitFor(() => expect(currentPartyDirectory()).toBeDefined())
    unfollow()
    expect(currentPartyDirectory()).toBeUndefined()
    await createOrganization(makeOrganization({ name: 'Boréalis IA' }))
    unfollow = followPartyDirectory(() => undefined)
    needPartyDirectory()
    await vi.waitFor(() => expect(keys('organizations')).toEqual(['borealis ia']))
  })
})
