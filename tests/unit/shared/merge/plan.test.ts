import { describe, expect, it } from 'vitest'
import {
  appendNotes,
  mergeConsent,
  mergeContactFields,
  mergeOrganizationFields,
  ORGANIZATION_MERGE_FIELDS,
  preselect
} from '@shared/merge/plan'
import type { Contact, Organization } from '@shared/schemas'

const AT = '2026-01-05T10:00:00.000Z'
const NOTE = { date: '2026-12-03', heading: 'Fusionné depuis Nordik' }

const base: Organization = {
  id: 'kept',
  name: 'Nordik',
  kind: 'company',
  neq: '',
  industryCode: '',
  industryLabel: '',
  region: null,
  mrc: '',
  city: 'Saguenay',
  website: '',
  employees: null,
  stage: null,
  tier: null,
  riskFlag: { level: 'none', reason: '', since: null },
  tags: ['bois'],
  notes: 'Rencontre au salon.',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  nameKey: 'nordik',
  lastInteractionAt: '2026-03-01T12:00:00.000Z'
}
const other: Organization = {
  ...base,
  id: 'other',
  name: 'Nordik Technologies inc.',
  neq: '1234567890',
  city: '',
  employees: 42,
  tags: ['export', 'bois'],
  notes: 'Cliente depuis 2020.',
  lastInteractionAt: '2026-05-01T12:00:00.000Z'
}

describe('preselect', () => {
  it('chooses the fuller value for each field, the kept one on a tie', () => {
    const choices = preselect(base, other, ORGANIZATION_MERGE_FIELDS)
    expect(choices).toEqual({
      name: 'other',
      kind: 'kept',
      neq: 'other',
      industryCode: 'kept',
      industryLabel: 'kept',
      region: 'kept',
      mrc: 'kept',
      city: 'kept',
      website: 'kept',
      employees: 'other',
      stage: 'kept',
      tier: 'kept',
      riskFlag: 'kept'
    })
  })
})

describe('mergeOrganizationFields', () => {
  it('takes each chosen value, unites tags, appends the other notes under a dated line', () => {
    const merged = mergeOrganizationFields(
      base,
      other,
      preselect(base, other, ORGANIZATION_MERGE_FIELDS),
      NOTE
    )
    expect(merged).toMatchObject({
      id: 'kept',
      name: 'Nordik Technologies inc.',
      neq: '1234567890',
      city: 'Saguenay',
      employees: 42,
      tags: ['bois', 'export'],
      notes: 'Rencontre au salon.\n\n— 2026-12-03 · Fusionné depuis Nordik —\nCliente depuis 2020.',
      lastInteractionAt: '2026-05-01T12:00:00.000Z'
    })
  })
})

describe('appendNotes', () => {
  it('leaves the notes alone when there is nothing to add, and starts clean on empty notes', () => {
    expect(appendNotes('Note', '  ', [], '2026-12-03', 'X')).toBe('Note')
    expect(appendNotes('', 'Autre', ['b@x.ca'], '2026-12-03', 'X')).toBe('— 2026-12-03 · X —\nAutre\nb@x.ca')
  })
})

describe('mergeConsent', () => {
  it('keeps the stricter basis with its source and the earliest date', () => {
    expect(
      mergeConsent(
        { basis: 'implied', date: '2025-02-01', source: 'carte' },
        { basis: 'express', date: '2025-06-01', source: 'formulaire' }
      )
    ).toEqual({ basis: 'express', date: '2025-02-01', source: 'formulaire' })
  })

  it('keeps a withdrawal from either side', () => {
    expect(
      mergeConsent(
        { basis: 'express', date: '2025-02-01', source: 'a', withdrawnAt: null },
        { basis: 'implied', date: null, source: 'b', withdrawnAt: '2026-01-10' }
      )
    ).toEqual({ basis: 'express', date: '2025-02-01', source: 'a', withdrawnAt: '2026-01-10' })
  })
})

describe('mergeContactFields', () => {
  it('keeps the e-mail and phone not chosen in the appended notes', () => {
    const person: Contact = {
      id: 'k',
      organizationId: 'o1',
      firstName: 'Éloïse',
      lastName: 'Tremblay',
      role: '',
      email: 'eloise@nordik.ca',
      phone: '',
      language: 'fr',
      consent: { basis: 'not-recorded', date: null, source: '' },
      tags: [],
      notes: '',
      createdAt: AT,
      updatedAt: AT,
      deletedAt: null,
      nameKey: 'eloise tremblay',
      lastInteractionAt: null,
      erasedAt: null
    }
    const twin: Contact = {
      ...person,
      id: 'o',
      email: 'e.tremblay@gmail.com',
      phone: '418 555-0101',
      role: 'Directrice',
      consent: { basis: 'public-professional', date: '2024-01-01', source: 'LinkedIn' }
    }
    const merged = mergeContactFields(
      person,
      twin,
      {
        organizationId: 'kept',
        firstName: 'kept',
        lastName: 'kept',
        role: 'other',
        email: 'kept',
        phone: 'other',
        language: 'kept'
      },
      NOTE
    )
    expect(merged).toMatchObject({
      id: 'k',
      email: 'eloise@nordik.ca',
      phone: '418 555-0101',
      role: 'Directrice',
      consent: { basis: 'public-professional', date: '2024-01-01', source: 'LinkedIn' },
      notes: '— 2026-12-03 · Fusionné depuis Nordik —\ne.tremblay@gmail.com'
    })
  })
})
