import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ORGANIZATION_LIST_STATE,
  DEFAULT_CONTACT_LIST_STATE,
  filterOrganizations,
  filterContacts,
  type OrganizationListState,
  type ContactListState
} from '@shared/domain/list-filters'
import type { Organization } from '@shared/schemas'
import { contact, organization } from '../../../fixtures/records'

const companies = () => [
  organization({
    id: 'fjord',
    name: 'Logiciels Fjordtech inc.',
    kind: 'company',
    region: '02',
    city: 'Saguenay',
    stage: 'growth',
    tier: 'key-account',
    tags: ['logiciel', 'export'],
    lastInteractionAt: '2026-03-02T14:00:00.000Z'
  }),
  organization({
    id: 'electro',
    name: 'Électro-Nord Composants ltée',
    kind: 'company',
    region: '02',
    city: 'Alma',
    mrc: 'Lac-Saint-Jean-Est',
    stage: 'established',
    tier: 'watch',
    tags: ['manufacturier'],
    lastInteractionAt: '2025-06-10T14:00:00.000Z'
  }),
  organization({
    id: 'drone',
    name: 'Drone Boréal',
    kind: 'company',
    region: '06',
    city: 'Montréal',
    industryLabel: 'Fabrication de drones',
    stage: 'startup',
    tier: 'active',
    tags: ['export']
  }),
  organization({
    id: 'bank',
    name: 'Banque de développement',
    kind: 'funder',
    region: null,
    neq: '1234567890',
    stage: null,
    tier: null
  })
]

const companyState = (state: Partial<OrganizationListState>): OrganizationListState => ({
  ...DEFAULT_ORGANIZATION_LIST_STATE,
  ...state
})
const idsOf = (records: { id: string }[]) => records.map((r) => r.id)
const companyIds = (state: Partial<OrganizationListState>) =>
  idsOf(filterOrganizations(companies(), companyState(state)))
const sortedBy = (key: OrganizationListState['sort']['key'], direction: 'asc' | 'desc' = 'asc') =>
  companyIds({ sort: { key, direction } })

describe('filterOrganizations', () => {
  it('finds words in any order, without accents or capitals, in name, city, MRC, sector, NEQ and tags', () => {
    expect(companyIds({ query: 'ELECTRO nord' })).toEqual(['electro'])
    expect(companyIds({ query: 'lac-saint-jean' })).toEqual(['electro'])
    expect(companyIds({ query: 'montreal drones' })).toEqual(['drone'])
    expect(companyIds({ query: '1234567890' })).toEqual(['bank'])
    expect(companyIds({ query: 'export' })).toEqual(['drone', 'fjord'])
    // every word must be found
    expect(companyIds({ query: 'fjordtech alma' })).toEqual([])
    expect(companyIds({ query: '   ' })).toHaveLength(4)
  })

  it('keeps any of the chosen values within a filter, and must meet every filter', () => {
    expect(companyIds({ regions: ['02'] })).toEqual(['electro', 'fjord'])
    expect(companyIds({ regions: ['02', '06'] })).toEqual(['drone', 'electro', 'fjord'])
    expect(companyIds({ kinds: ['funder'] })).toEqual(['bank'])
    expect(companyIds({ stages: ['startup', 'growth'] })).toEqual(['drone', 'fjord'])
    expect(companyIds({ tags: ['export', 'manufacturier'] })).toEqual(['drone', 'electro', 'fjord'])
    expect(companyIds({ regions: ['02'], tags: ['export'] })).toEqual(['fjord'])
    expect(companyIds({ regions: ['02'], query: 'drone' })).toEqual([])
  })

  it('sorts names the way a French reader expects: accents ignored, either direction', () => {
    expect(sortedBy('name')).toEqual(['bank', 'drone', 'electro', 'fjord'])
    expect(sortedBy('name', 'desc')).toEqual(['fjord', 'electro', 'drone', 'bank'])
  })

  it('sorts stages by lifecycle and tiers by weight, not by their codes', () => {
    expect(sortedBy('stage')).toEqual(['drone', 'fjord', 'electro', 'bank'])
    expect(sortedBy('tier')).toEqual(['fjord', 'drone', 'electro', 'bank'])
    expect(sortedBy('kind')).toEqual(['drone', 'electro', 'fjord', 'bank'])
  })

  it('keeps empty values last in both directions, and breaks ties by name', () => {
    expect(sortedBy('stage', 'desc')).toEqual(['electro', 'fjord', 'drone', 'bank'])
    expect(sortedBy('region', 'desc')).toEqual(['drone', 'electro', 'fjord', 'bank'])
    expect(sortedBy('lastInteractionAt', 'desc')).toEqual(['fjord', 'electro', 'bank', 'drone'])
    expect(sortedBy('lastInteractionAt')).toEqual(['electro', 'fjord', 'bank', 'drone'])
  })

  it('unfiltered, gives every company in a new list, names with digits or symbols in order too', () => {
    const input: Organization[] = [
      ...companies(),
      organization({ id: 'usinage', name: '3D Usinage' }),
      organization({ id: 'ateliers', name: 'Ateliers & Cie' })
    ]
    const rows = filterOrganizations(input, DEFAULT_ORGANIZATION_LIST_STATE)
    expect(idsOf(rows)).toEqual(['usinage', 'ateliers', 'bank', 'drone', 'electro', 'fjord'])
    expect(rows).not.toBe(input)
    expect(idsOf(input)).toEqual(['fjord', 'electro', 'drone', 'bank', 'usinage', 'ateliers'])
  })

  it('leaves the list it was given as it was', () => {
    const input: Organization[] = companies()
    filterOrganizations(input, companyState({ sort: { key: 'name', direction: 'desc' } }))
    expect(idsOf(input)).toEqual(['fjord', 'electro', 'drone', 'bank'])
  })
})

const people = () => [
  contact({
    id: 'eloise',
    firstName: 'Éloïse',
    lastName: 'Tremblay',
    organizationId: 'fjord',
    role: 'Présidente',
    email: 'eloise@fjordtech.example',
    language: 'fr',
    consent: { basis: 'express', date: '2026-01-05', source: '5 à 7' },
    tags: ['ambassadrice'],
    lastInteractionAt: '2026-03-02T14:00:00.000Z'
  }),
  contact({
    id: 'marc',
    firstName: 'Marc-André',
    lastName: 'Côté',
    organizationId: 'electro',
    role: 'Directeur des finances',
    phone: '418 555-0199',
    language: 'fr',
    lastInteractionAt: '2025-11-20T14:00:00.000Z'
  }),
  contact({
    id: 'sam',
    firstName: 'Samuel',
    lastName: 'Abbott',
    organizationId: null,
    language: 'en',
    consent: { basis: 'public-professional', date: null, source: '' },
    tags: ['ambassadrice']
  })
]
const names = new Map([
  ['fjord', 'Logiciels Fjordtech inc.'],
  ['electro', 'Électro-Nord Composants ltée']
])
const contactIds = (state: Partial<ContactListState>) =>
  idsOf(filterContacts(people(), names, { ...DEFAULT_CONTACT_LIST_STATE, ...state }))

describe('filterContacts', () => {
  it('finds a person by name, e-mail, role, phone, tags or their company’s name, accents ignored', () => {
    expect(contactIds({ query: 'eloise tremblay' })).toEqual(['eloise'])
    expect(contactIds({ query: 'cote finances' })).toEqual(['marc'])
    expect(contactIds({ query: '555-0199' })).toEqual(['marc'])
    expect(contactIds({ query: 'fjordtech.example' })).toEqual(['eloise'])
    expect(contactIds({ query: 'electro-nord' })).toEqual(['marc'])
    expect(contactIds({ query: 'AMBASSADRICE' })).toEqual(['sam', 'eloise'])
  })

  it('filters by company, language, consent basis and tag', () => {
    expect(contactIds({ organizationIds: ['fjord', 'electro'] })).toEqual(['marc', 'eloise'])
    expect(contactIds({ languages: ['en'] })).toEqual(['sam'])
    expect(contactIds({ consentBases: ['not-recorded'] })).toEqual(['marc'])
    expect(contactIds({ tags: ['ambassadrice'], languages: ['fr'] })).toEqual(['eloise'])
  })

  it('sorts by last name, then first name, accents ignored', () => {
    expect(contactIds({})).toEqual(['sam', 'marc', 'eloise'])
    expect(contactIds({ sort: { key: 'name', direction: 'desc' } })).toEqual(['eloise', 'marc', 'sam'])
  })

  it('sorts by company name or last contact, with people without one last in both directions', () => {
    expect(contactIds({ sort: { key: 'organization', direction: 'asc' } })).toEqual(['marc', 'eloise', 'sam'])
    expect(contactIds({ sort: { key: 'organization', direction: 'desc' } })).toEqual([
      'eloise',
      'marc',
      'sam'
    ])
    expect(contactIds({ sort: { key: 'lastInteractionAt', direction: 'desc' } })).toEqual([
      'eloise',
      'marc',
      'sam'
    ])
    expect(contactIds({ sort: { key: 'email', direction: 'desc' } })).toEqual(['eloise', 'marc', 'sam'])
  })
})
