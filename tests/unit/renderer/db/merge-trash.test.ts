// The Trash says what a merged record became: « fusionné dans <kept name> ».
import { beforeEach, describe, expect, it } from 'vitest'
import { createContact, deleteContact } from '@renderer/db/repositories/contacts'
import { mergeContacts, mergeOrganizations } from '@renderer/db/repositories/merge'
import { createOrganization, deleteOrganization } from '@renderer/db/repositories/organizations'
import { listTrash, restoreTrashItem } from '@renderer/db/repositories/trash'
import { ORGANIZATION_MERGE_FIELDS, preselect } from '@shared/merge/plan'
import { freshDatabase } from '../../../fixtures/database'
import { makeContact, makeOrganization } from '../../../fixtures/factories'

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

const rows = async () =>
  (await listTrash())
    .map(({ kind, label, mergedInto }) => ({ kind, label, mergedInto }))
    .sort((a, b) => a.label.localeCompare(b.label))

beforeEach(async () => {
  await freshDatabase()
})

describe('Trash of merged records', () => {
  it('names the company a merged company went into, and nothing for a plain deletion', async () => {
    const kept = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    const other = await createOrganization(makeOrganization({ name: 'Nordik Tech' }))
    const closed = await createOrganization(makeOrganization({ name: 'Boréal inc.' }))
    await mergeOrganizations(kept.id, other.id, preselect(kept, other, ORGANIZATION_MERGE_FIELDS), NOTE)
    await deleteOrganization(closed.id)
    expect(await rows()).toEqual([
      { kind: 'organization', label: 'Boréal inc.', mergedInto: null },
      { kind: 'organization', label: 'Nordik Tech', mergedInto: 'Nordik Technologies' }
    ])
  })

  it('names the person a merged person went into', async () => {
    const kept = await createContact(makeContact({ firstName: 'Éloïse', lastName: 'Tremblay' }))
    const other = await createContact(
      makeContact({ firstName: 'Eloise', lastName: 'Tremblay', email: 'e.t@gmail.com' })
    )
    const gone = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon', email: '' }))
    await mergeContacts(kept.id, other.id, KEEP_ALL, NOTE)
    await deleteContact(gone.id)
    expect(await rows()).toEqual([
      { kind: 'contact', label: 'Eloise Tremblay', mergedInto: 'Éloïse Tremblay' },
      { kind: 'contact', label: 'Marc Gagnon', mergedInto: null }
    ])
  })

  it('forgets the merge once the record is restored: deleted again later, it is a plain deletion', async () => {
    const kept = await createOrganization(makeOrganization({ name: 'Nordik Technologies' }))
    const other = await createOrganization(makeOrganization({ name: 'Nordik Tech' }))
    await mergeOrganizations(kept.id, other.id, preselect(kept, other, ORGANIZATION_MERGE_FIELDS), NOTE)
    await restoreTrashItem('organization', other.id)
    await deleteOrganization(other.id)
    expect(await rows()).toEqual([{ kind: 'organization', label: 'Nordik Tech', mergedInto: null }])
  })
})
