import { describe, expect, it } from 'vitest'
import { findDuplicates, indexExisting } from '@shared/import/duplicates'
import { allowedChoices, fillBlanks, planImport, type DuplicateChoice } from '@shared/import/plan'
import type { ImportRow } from '@shared/import/rows'
import { contactInputSchema, organizationInputSchema } from '@shared/schemas'
import { contact, organization } from '../../../fixtures/records'

const existing = indexExisting(
  [
    organization({ id: 'nordik', name: 'Nordik Technologies inc.', neq: '1170000001', city: '' }),
    organization({ id: 'fjord', name: 'Logiciels Fjordtech', neq: '' }),
    organization({ id: 'gone', name: 'Disparue', deletedAt: '2026-01-01T00:00:00.000Z' })
  ],
  [contact({ id: 'eloise', firstName: 'Éloïse', lastName: 'Tremblay', email: 'Eloise@Nordik.ca' })]
)

const row = (n: number, org?: object, person?: object): ImportRow => ({
  row: n,
  organization: org ? organizationInputSchema.parse(org) : null,
  contact: person ? contactInputSchema.parse(person) : null
})

const rows = [
  row(
    2,
    { name: 'Autre nom', neq: '1170000001', city: 'Saguenay' },
    { firstName: 'Marc', email: 'marc@nordik.ca' }
  ),
  row(
    3,
    { name: 'LOGICIELS FJORDTECH LTÉE' },
    { firstName: 'Éloïse', email: 'eloise@nordik.ca', phone: '418 555-0100' }
  ),
  row(4, { name: 'Nouvelle pousse' }, { firstName: 'Ana', email: 'ana@pousse.ca' }),
  row(5, { name: 'nouvelle pousse' }, { firstName: 'Ana B.', email: 'ANA@pousse.ca' }),
  row(6, { name: 'Disparue' })
]

const plan = (choices: Record<number, DuplicateChoice> = {}, fallback: DuplicateChoice = 'skip') =>
  planImport(rows, existing, new Map(Object.entries(choices).map(([k, v]) => [Number(k), v])), fallback)

describe('duplicate detection', () => {
  it('finds the same NEQ, the same normalised name and the same email, in Relais or earlier in the file', () => {
    expect(findDuplicates(rows, existing)).toEqual([
      {
        row: 2,
        part: 'organization',
        reason: 'neq',
        existing: { id: 'nordik', label: 'Nordik Technologies inc.' },
        // Matched by NEQ under another name: the review says both names
        fileLabel: 'Autre nom'
      },
      {
        row: 3,
        part: 'organization',
        reason: 'name',
        existing: { id: 'fjord', label: 'Logiciels Fjordtech' }
      },
      { row: 3, part: 'contact', reason: 'email', existing: { id: 'eloise', label: 'Éloïse Tremblay' } },
      { row: 5, part: 'contact', reason: 'email', sameAsRow: 4 }
    ])
  })

  it('never offers to create a second organization with the same NEQ', () => {
    expect(allowedChoices({ row: 2, part: 'organization', reason: 'neq' })).toEqual(['skip', 'merge'])
    expect(allowedChoices({ row: 3, part: 'organization', reason: 'name' })).toEqual([
      'skip',
      'merge',
      'create'
    ])
  })
})

describe('import plan', () => {
  it('skip: links new people to the existing organization and leaves existing records alone', () => {
    const p = plan()
    expect(p.organizations.map((o) => [o.row, o.action, o.input.name])).toEqual([
      [4, 'create', 'Nouvelle pousse'],
      [6, 'create', 'Disparue']
    ])
    expect(p.contacts.map((c) => [c.row, c.action, c.input.firstName, c.organization])).toEqual([
      [2, 'create', 'Marc', { id: 'nordik' }],
      [4, 'create', 'Ana', { ref: p.organizations[0].action === 'create' ? p.organizations[0].ref : '' }]
    ])
    expect(p.skippedRows).toBe(2)
  })

  it('merge: fills the existing records and folds a repeated email into the first row', () => {
    const p = plan({}, 'merge')
    expect(p.organizations.map((o) => [o.row, o.action])).toEqual([
      [2, 'merge'],
      [3, 'merge'],
      [4, 'create'],
      [6, 'create']
    ])
    expect(p.contacts.map((c) => [c.row, c.action])).toEqual([
      [2, 'create'],
      [3, 'merge'],
      [4, 'create']
    ])
    expect(p.contacts[2].input.firstName).toBe('Ana')
    expect(p.skippedRows).toBe(0)
  })

  it('create: new records where allowed, per row choices over the default', () => {
    const p = plan({ 3: 'create', 5: 'create' }, 'skip')
    expect(p.organizations.map((o) => [o.row, o.action])).toEqual([
      [3, 'create'],
      [4, 'create'],
      [6, 'create']
    ])
    expect(p.contacts.map((c) => [c.row, c.input.firstName])).toEqual([
      [2, 'Marc'],
      [3, 'Éloïse'],
      [4, 'Ana'],
      [5, 'Ana B.']
    ])
  })

  it('a NEQ duplicate asked to "create" is skipped instead', () => {
    const p = plan({ 2: 'create' })
    expect(p.organizations.some((o) => o.row === 2)).toBe(false)
    expect(p.contacts[0].organization).toEqual({ id: 'nordik' })
  })
})

describe('merging', () => {
  it('fills only empty fields and joins tags', () => {
    expect(
      fillBlanks<Record<string, unknown>>(
        { name: 'Nordik', city: '', employees: null, tags: ['ia'], website: 'https://a.ca' },
        { name: 'Autre', city: 'Alma', employees: 12, tags: ['ia', 'logiciel'], website: 'https://b.ca' }
      )
    ).toEqual({
      name: 'Nordik',
      city: 'Alma',
      employees: 12,
      tags: ['ia', 'logiciel'],
      website: 'https://a.ca'
    })
  })
})

describe('the same person without an e-mail', () => {
  const index = indexExisting(
    [organization({ id: 'boreal', name: 'Boréal Robotique', neq: '' })],
    [
      contact({ id: 'mathieu', firstName: 'Mathieu', lastName: 'Côté', email: '', organizationId: 'boreal' }),
      contact({
        id: 'other',
        firstName: 'Mathieu',
        lastName: 'Côté',
        email: 'm@ailleurs.ca',
        organizationId: null
      })
    ]
  )

  it('two identical « Mathieu Côté » rows of one company are one person, listed in the review', () => {
    const rows = [
      row(2, { name: 'Lumen IA' }, { firstName: 'Mathieu', lastName: 'Côté' }),
      row(3, { name: 'LUMEN IA' }, { firstName: 'mathieu', lastName: 'cote' })
    ]
    expect(findDuplicates(rows, index)).toEqual([{ row: 3, part: 'contact', reason: 'person', sameAsRow: 2 }])
    const planned = planImport(rows, index, new Map())
    expect(planned.contacts.map((c) => c.row)).toEqual([2])
  })

  it('a person already in Relais, re-imported without e-mail, is found (one typo in a long word forgiven)', () => {
    const rows = [
      row(2, { name: 'Boréal Robotique' }, { firstName: 'Mathieu', lastName: 'Côté' }),
      row(3, { name: 'Boréal Robotique' }, { firstName: 'Matheiu', lastName: 'Cote' }),
      // Same name in another company, or a short word with a typo: someone else
      row(4, { name: 'Lumen IA' }, { firstName: 'Mathieu', lastName: 'Côté' }),
      row(5, { name: 'Boréal Robotique' }, { firstName: 'Mathieu', lastName: 'Coté2' })
    ]
    const existing = { id: 'mathieu', label: 'Mathieu Côté' }
    expect(findDuplicates(rows, index)).toEqual([
      { row: 2, part: 'organization', reason: 'name', existing: { id: 'boreal', label: 'Boréal Robotique' } },
      { row: 2, part: 'contact', reason: 'person', existing },
      { row: 3, part: 'organization', reason: 'name', existing: { id: 'boreal', label: 'Boréal Robotique' } },
      { row: 3, part: 'contact', reason: 'person', existing },
      { row: 5, part: 'organization', reason: 'name', existing: { id: 'boreal', label: 'Boréal Robotique' } }
    ])
    const skipped = planImport(rows, index, new Map())
    expect(skipped.contacts.map((c) => [c.row, c.action])).toEqual([
      [4, 'create'],
      [5, 'create']
    ])
    const merged = planImport(rows, index, new Map([[2, 'merge' as const]]))
    expect(merged.contacts.find((c) => c.row === 2)).toMatchObject({ action: 'merge', existingId: 'mathieu' })
  })
})
