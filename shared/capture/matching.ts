// Who the addresses of a meeting or a message are: known contacts by e-mail, and for the others a
// proposed new contact, its company guessed from the address's domain against companies' websites.

export interface AddressedPerson {
  email: string
  name: string
}

export interface KnownContact {
  id: string
  email: string
  organizationId: string | null
}

export interface KnownOrganization {
  id: string
  website: string
}

export type MatchedPerson =
  | { kind: 'known'; email: string; contactId: string; organizationId: string | null }
  | { kind: 'unknown'; email: string; firstName: string; lastName: string; organizationId: string | null }

export function websiteDomain(website: string): string | null {
  const trimmed = website.trim().toLowerCase()
  if (!trimmed) return null
  try {
    const host = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname
    return host.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

/** The company whose website's domain is the address's domain or a parent of it (mail.x.ca → x.ca). */
export function organizationByDomain(
  email: string,
  organizations: readonly KnownOrganization[]
): string | null {
  const domain = email.split('@')[1]?.toLowerCase() ?? ''
  if (!domain) return null
  for (const o of organizations) {
    const site = websiteDomain(o.website)
    if (site && (domain === site || domain.endsWith(`.${site}`))) return o.id
  }
  return null
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** First and last name from a display name (« Lévesque, Marc » too) or else the address. */
export function nameFromAddress(person: AddressedPerson): { firstName: string; lastName: string } {
  const display = person.name.replace(/["']/g, '').trim()
  if (display && !display.includes('@')) {
    const comma = display.indexOf(',')
    if (comma > 0)
      return { firstName: display.slice(comma + 1).trim(), lastName: display.slice(0, comma).trim() }
    const [first, ...rest] = display.split(/\s+/)
    return { firstName: first, lastName: rest.join(' ') }
  }
  const [first = '', ...rest] = person.email
    .split('@')[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map(capitalised)
  return { firstName: first || person.email, lastName: rest.join(' ') }
}

export function matchPeople(
  people: readonly AddressedPerson[],
  contacts: readonly KnownContact[],
  organizations: readonly KnownOrganization[]
): MatchedPerson[] {
  const byEmail = new Map(contacts.filter((c) => c.email).map((c) => [c.email.trim().toLowerCase(), c]))
  return people.map((person) => {
    const email = person.email.trim().toLowerCase()
    const known = byEmail.get(email)
    if (known) return { kind: 'known', email, contactId: known.id, organizationId: known.organizationId }
    return {
      kind: 'unknown',
      email,
      ...nameFromAddress(person),
      organizationId: organizationByDomain(email, organizations)
    }
  })
}

export interface LoggedInteraction {
  id: string
  occurredAt: string
  contactIds: readonly string[]
}

const HOUR = 60 * 60 * 1000

/** « Déjà consigné ? »: an interaction with one of the same people within an hour of the start. */
export function alreadyLogged(
  start: string,
  contactIds: readonly string[],
  interactions: readonly LoggedInteraction[]
): string | null {
  if (contactIds.length === 0) return null
  const at = Date.parse(start)
  const found = interactions.find(
    (i) =>
      Math.abs(Date.parse(i.occurredAt) - at) <= HOUR && i.contactIds.some((id) => contactIds.includes(id))
  )
  return found?.id ?? null
}
