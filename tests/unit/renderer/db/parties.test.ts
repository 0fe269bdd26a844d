// The type-ahead's first read: the folded name of every live company and contact, with its id;
// nothing in the Trash.
import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { loadPartyDirectory } from '@renderer/db/repositories/parties'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

const sorted = (names: { id: string; key: string }[]) => [...names].sort((a, b) => a.key.localeCompare(b.key))

describe('the party directory read', () => {
  it('lists every live company and contact by its folded name, and leaves the Trash out', async () => {
    const nordik = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    const borealis = await createOrganization(makeOrganization({ name: 'Boréalis IA' }))
    const gone = await createOrganization(makeOrganization({ name: 'Gamma Conseil' }))
    await deleteOrganization(gone.id)
    const eloise = await createContact(makeContact({ firstName: 'Éloïse', lastName: 'Tremblay' }))
    const left = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon' }))
    await deleteContact(left.id)

    const directory = await loadPartyDirectory()

    expect(sorted(directory.organizations)).toEqual([
      { id: borealis.id, key: 'borealis ia' },
      { id: nordik.id, key: 'nordik technologies' }
    ])
    expect(directory.contacts).toEqual([{ id: eloise.id, key: 'eloise tremblay' }])
  })
})
