import { beforeEach, describe, expect, it } from 'vitest'
import { allContactTags, createContact } from '@renderer/db/repositories/contacts'
import { allOrganizationTags, createOrganization } from '@renderer/db/repositories/organizations'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

// IndexedDB orders keys by code point: capitals first, « é » after « z ». A person reading the tag
// suggestions and the tag filter expects the alphabet, accents and case aside.
describe('tags offered in the forms and filters', () => {
  it('lists the companies’ tags in reading order, each once', async () => {
    await createOrganization(makeOrganization({ name: 'Alpha', tags: ['SaaS', 'aérospatiale'] }))
    await createOrganization(
      makeOrganization({ name: 'Bêta', tags: ['IA', 'agtech', 'SaaS', 'écoconception'] })
    )
    expect(await allOrganizationTags()).toEqual(['aérospatiale', 'agtech', 'écoconception', 'IA', 'SaaS'])
  })

  it('lists the contacts’ tags in reading order', async () => {
    const company = await createOrganization(makeOrganization({ name: 'Gamma' }))
    await createContact(makeContact({ organizationId: company.id, tags: ['Zoom', 'élu', 'banque'] }))
    expect(await allContactTags()).toEqual(['banque', 'élu', 'Zoom'])
  })
})
