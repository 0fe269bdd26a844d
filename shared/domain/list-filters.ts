// Pure filtering and sorting of the Companies and Contacts lists. The state is plain data so that
// saved views can store it as is.
import type { Contact } from '../schemas/contact'
import { COMPANY_STAGES, ORGANIZATION_KINDS, TIERS, type Organization } from '../schemas/organization'
import { compareSortable, compareText, foldText, sortable, type Sortable } from './text'

export type SortDirection = 'asc' | 'desc'

export interface OrganizationListState {
  query: string
  regions: string[]
  kinds: string[]
  stages: string[]
  tags: string[]
  sort: {
    key: 'name' | 'kind' | 'region' | 'city' | 'stage' | 'tier' | 'lastInteractionAt'
    direction: SortDirection
  }
}

export const DEFAULT_ORGANIZATION_LIST_STATE: OrganizationListState = {
  query: '',
  regions: [],
  kinds: [],
  stages: [],
  tags: [],
  sort: { key: 'name', direction: 'asc' }
}

function matchesAny(value: string | null, wanted: string[]): boolean {
  return wanted.length === 0 || (value !== null && wanted.includes(value))
}

/** Every query word must appear, accent- and case-insensitive, in one of the record's texts. */
export function queryMatcher(query: string): (texts: string[]) => boolean {
  const words = foldText(query).split(' ').filter(Boolean)
  if (words.length === 0) return () => true
  return (texts) => {
    const haystack = foldText(texts.join(' '))
    return words.every((w) => haystack.includes(w))
  }
}

const isEmpty = (value: string | null): value is '' | null => value === null || value === ''

/** Empty values after the others; `order` ranks a choice list, otherwise text order. */
function compareNullable(a: string | null, b: string | null, order?: readonly string[]): number {
  if (isEmpty(a) || isEmpty(b)) return Number(isEmpty(a)) - Number(isEmpty(b))
  if (order) return order.indexOf(a) - order.indexOf(b)
  return compareText(a, b)
}

/** Choices sort in the order the form offers them (a stage's lifecycle, a tier's weight), not by code. */
const CHOICE_ORDER: Partial<Record<OrganizationListState['sort']['key'], readonly string[]>> = {
  kind: ORGANIZATION_KINDS,
  stage: COMPANY_STAGES,
  tier: TIERS
}

const isUnfiltered = (state: OrganizationListState): boolean =>
  state.query.trim() === '' &&
  state.regions.length === 0 &&
  state.kinds.length === 0 &&
  state.stages.length === 0 &&
  state.tags.length === 0

export function filterOrganizations(
  organizations: Organization[],
  state: OrganizationListState
): Organization[] {
  const matches = queryMatcher(state.query)
  // the list opens unfiltered: no per-row work (texts joined for the query) when nothing filters
  const filtered = isUnfiltered(state)
    ? organizations
    : organizations.filter(
        (o) =>
          matchesAny(o.region, state.regions) &&
          matchesAny(o.kind, state.kinds) &&
          matchesAny(o.stage, state.stages) &&
          (state.tags.length === 0 || state.tags.some((t) => o.tags.includes(t))) &&
          matches([o.name, o.city, o.mrc, o.industryLabel, o.neq, o.tags.join(' ')])
      )
  const { key, direction } = state.sort
  const sign = direction === 'asc' ? 1 : -1
  const order = CHOICE_ORDER[key]
  // Each row's sort values worked out once, not at each of the ~60,000 comparisons of 5,000 rows
  const rows = filtered.map((organization) => {
    const value = organization[key] ?? null
    const empty = isEmpty(value)
    const name = sortable(organization.name)
    return {
      organization,
      empty,
      rank: order && !empty ? order.indexOf(value) : 0,
      // sorted by name (the default), the name's key serves twice
      text: order || empty ? null : key === 'name' ? name : sortable(value),
      name
    }
  })
  return rows
    .sort((a, b) => {
      // Empty values stay last whatever the direction; ties fall back to the name.
      if (a.empty || b.empty) {
        if (a.empty !== b.empty) return Number(a.empty) - Number(b.empty)
      } else {
        const primary = order ? a.rank - b.rank : compareSortable(a.text as Sortable, b.text as Sortable)
        if (primary !== 0) return primary * sign
      }
      return compareSortable(a.name, b.name)
    })
    .map((row) => row.organization)
}

export interface ContactListState {
  query: string
  organizationIds: string[]
  languages: string[]
  consentBases: string[]
  tags: string[]
  sort: { key: 'name' | 'organization' | 'role' | 'email' | 'lastInteractionAt'; direction: SortDirection }
}

export const DEFAULT_CONTACT_LIST_STATE: ContactListState = {
  query: '',
  organizationIds: [],
  languages: [],
  consentBases: [],
  tags: [],
  sort: { key: 'name', direction: 'asc' }
}

export function contactDisplayName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`.trim()
}

export function filterContacts(
  contacts: Contact[],
  organizationNames: Map<string, string>,
  state: ContactListState
): Contact[] {
  const matches = queryMatcher(state.query)
  const orgName = (c: Contact) => (c.organizationId ? (organizationNames.get(c.organizationId) ?? '') : '')
  const filtered = contacts.filter(
    (c) =>
      matchesAny(c.organizationId, state.organizationIds) &&
      matchesAny(c.language, state.languages) &&
      matchesAny(c.consent.basis, state.consentBases) &&
      (state.tags.length === 0 || state.tags.some((t) => c.tags.includes(t))) &&
      matches([c.firstName, c.lastName, c.email, c.role, c.phone, orgName(c), c.tags.join(' ')])
  )
  const sortValue: Record<ContactListState['sort']['key'], (c: Contact) => string | null> = {
    name: (c) => `${c.lastName} ${c.firstName}`.trim(),
    organization: orgName,
    role: (c) => c.role,
    email: (c) => c.email,
    lastInteractionAt: (c) => c.lastInteractionAt
  }
  const value = sortValue[state.sort.key]
  const sign = state.sort.direction === 'asc' ? 1 : -1
  return filtered.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const primary = compareNullable(va, vb)
    if (primary !== 0) return isEmpty(va) || isEmpty(vb) ? primary : primary * sign
    return compareText(contactDisplayName(a), contactDisplayName(b))
  })
}

/** True when `value` has the shape of `like`: same types, string arrays, objects key by key. */
function sameShape(value: unknown, like: unknown): boolean {
  if (Array.isArray(like)) return Array.isArray(value) && value.every((item) => typeof item === 'string')
  if (like !== null && typeof like === 'object') {
    if (value === null || typeof value !== 'object') return false
    return Object.entries(like).every(([key, inner]) => sameShape(Reflect.get(value, key), inner))
  }
  return typeof value === typeof like
}

/**
 * A list state read back from a saved view: each part that still has the expected shape, the
 * default for the rest (a view saved by an older version, or a field since removed).
 */
export function restoreListState<S extends object>(defaults: S, saved: Record<string, unknown>): S {
  const restored = { ...defaults }
  for (const key of Object.keys(defaults)) {
    if (sameShape(saved[key], Reflect.get(defaults, key))) Reflect.set(restored, key, saved[key])
  }
  return restored
}
