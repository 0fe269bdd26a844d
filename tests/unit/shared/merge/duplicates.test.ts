import { describe, expect, it } from 'vitest'
import {
  findContactPairs,
  findOrganizationPairs,
  oneTypoApart,
  pairKey,
  websiteDomain
} from '@shared/merge/duplicates'
import type { Contact, Organization } from '@shared/schemas'

const AT = '2026-01-05T10:00:00.000Z'

function org(id: string, name: string, extra: Partial<Organization> = {}): Organization {
  return {
    id,
    name,
    kind: 'company',
    neq: '',
    industryCode: '',
    industryLabel: '',
    region: null,
    mrc: '',
    city: '',
    website: '',
    employees: null,
    stage: null,
    tier: null,
    riskFlag: { level: 'none', reason: '', since: null },
    tags: [],
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    nameKey: '',
    lastInteractionAt: null,
    ...extra
  }
}

function person(id: string, firstName: string, lastName: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    organizationId: null,
    firstName,
    lastName,
    role: '',
    email: '',
    phone: '',
    language: 'fr',
    consent: { basis: 'not-recorded', date: null, source: '' },
    tags: [],
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    nameKey: '',
    lastInteractionAt: null,
    erasedAt: null,
    ...extra
  }
}

describe('websiteDomain', () => {
  it('keeps the host without www, in lower case', () => {
    expect(websiteDomain('https://www.Nordik.ca/contact')).toBe('nordik.ca')
    expect(websiteDomain('http://boreal.qc.ca')).toBe('boreal.qc.ca')
    expect(websiteDomain('')).toBe('')
  })
})

describe('oneTypoApart', () => {
  it('sees one substitution, insertion or deletion, not two and not none', () => {
    expect(oneTypoApart('eloise tremblay', 'eloise tremblai')).toBe(true)
    expect(oneTypoApart('eloise tremblay', 'eloise tremblayy')).toBe(true)
    expect(oneTypoApart('eloise tremblay', 'elise tremblay')).toBe(true)
    expect(oneTypoApart('eloise tremblay', 'elose tremblai')).toBe(false)
    expect(oneTypoApart('eloise tremblay', 'eloise tremblay')).toBe(false)
  })
})

describe('findOrganizationPairs', () => {
  it('pairs companies by NEQ, folded name and website domain, saying why', () => {
    const companies = [
      org('a', 'Nordik Tech inc.', { neq: '1234567890', website: 'https://www.nordik.ca' }),
      org('b', 'NORDIK TECH', { neq: '1234567890' }),
      org('c', 'Boréal Métal', { website: 'https://nordik.ca/fr' }),
      org('d', 'Solo')
    ]
    expect(findOrganizationPairs(companies)).toEqual([
      { firstId: 'a', secondId: 'b', reasons: ['neq', 'name'] },
      { firstId: 'a', secondId: 'c', reasons: ['website'] }
    ])
  })

  it('leaves out companies in the Trash and pairs said not to be duplicates', () => {
    const companies = [org('a', 'Nordik'), org('b', 'Nordik'), org('c', 'Nordik', { deletedAt: AT })]
    expect(findOrganizationPairs(companies, new Set([pairKey('b', 'a')]))).toEqual([])
  })
})

describe('findContactPairs', () => {
  it('pairs people by e-mail, folded name, and a name one typo apart within the same company', () => {
    const people = [
      person('p1', 'Éloïse', 'Tremblay', { email: 'eloise@nordik.ca', organizationId: 'o1' }),
      person('p2', 'Eloise', 'TREMBLAY'),
      person('p3', 'Eloise', 'Tremblai', { organizationId: 'o1' }),
      person('p4', 'Eloise', 'Tremblai', { organizationId: 'o2', email: 'ELOISE@nordik.ca' }),
      person('p5', 'Marc', 'Gagnon', { organizationId: 'o1' })
    ]
    expect(findContactPairs(people)).toEqual([
      { firstId: 'p1', secondId: 'p2', reasons: ['name'] },
      { firstId: 'p1', secondId: 'p3', reasons: ['typo'] },
      { firstId: 'p1', secondId: 'p4', reasons: ['email'] },
      { firstId: 'p3', secondId: 'p4', reasons: ['name'] }
    ])
  })

  it('does not pair people one typo apart in different companies', () => {
    const people = [
      person('p1', 'Marc', 'Gagnon', { organizationId: 'o1' }),
      person('p2', 'Marc', 'Gagnin', { organizationId: 'o2' })
    ]
    expect(findContactPairs(people)).toEqual([])
  })
})
