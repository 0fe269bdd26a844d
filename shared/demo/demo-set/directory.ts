// The demo's organizations and people as stored records (lastInteractionAt is filled in once the
// interactions exist), with the lookups the rest of the demo story needs.
import type { Contact, Organization } from '../../schemas'
import { TECH_NAICS_CODES } from '../../domain/naics'
import { organizationNameKey, personNameKey } from '../../domain/text'
import { officeMinute, type Clock } from '../clock'
import { DEMO_ORGANIZATIONS, type DemoOrganizationSpec } from '../data/demo-organizations'
import { DEMO_PEOPLE, type DemoPersonSpec } from '../data/demo-people'
import { consentFor, DEMO_TLD, emailAddress } from '../people'
import type { Rng } from '../rng'

export interface DemoDirectory {
  organizations: Organization[]
  contacts: Contact[]
  orgByKey: Map<string, Organization>
  specByKey: Map<string, DemoOrganizationSpec>
  contactsByOrg: Map<string, Contact[]>
  personByName: Map<string, Contact>
  orgKeyOfContact: Map<string, string | null>
}

function organizationOf(rng: Rng, clock: Clock, spec: DemoOrganizationSpec, neq: string): Organization {
  const createdAt = clock.at(rng.int(700, 1000), officeMinute(rng.next()))
  return {
    id: rng.uuid(),
    name: spec.name,
    kind: spec.kind,
    neq: spec.stage === 'idea' ? '' : neq,
    industryCode: spec.naics,
    industryLabel: TECH_NAICS_CODES.find((n) => n.code === spec.naics)?.fr ?? '',
    region: spec.region,
    mrc: spec.mrc,
    city: spec.city,
    website: `https://www.${spec.domain}`,
    employees: spec.employees,
    stage: spec.stage,
    tier: spec.tier,
    riskFlag: spec.risk
      ? { level: spec.risk.level, reason: spec.risk.reason, since: clock.date(-spec.risk.sinceDaysAgo) }
      : { level: 'none', reason: '', since: null },
    tags: spec.tags,
    notes: spec.notes,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    nameKey: organizationNameKey(spec.name),
    lastInteractionAt: null
  }
}

function tagsOf(person: DemoPersonSpec, partner: boolean): string[] {
  const tags: string[] = []
  if (/présid|direct.*général|ceo|fondat|founder/i.test(person.role)) tags.push('décideur')
  if (/financ|contrôleur|crédit/i.test(person.role)) tags.push('finances')
  if (partner) tags.push('partenaire')
  return tags
}

function contactOf(
  rng: Rng,
  clock: Clock,
  person: DemoPersonSpec,
  org: Organization | undefined,
  line: number
): Contact {
  const createdDaysAgo = rng.int(370, 690)
  const createdAt = clock.at(createdDaysAgo, officeMinute(rng.next()))
  const domain = org ? org.website.replace('https://www.', '') : `gravelconseil.${DEMO_TLD}`
  const areaCode = org?.region === '06' ? '514' : '418'
  return {
    id: rng.uuid(),
    organizationId: org?.id ?? null,
    firstName: person.firstName,
    lastName: person.lastName,
    role: person.role,
    email: emailAddress(person.firstName, person.lastName, domain),
    phone: `${areaCode} 555-01${String(line).padStart(2, '0')}`,
    language: person.language,
    consent: consentFor(rng, clock, createdDaysAgo),
    tags: tagsOf(person, org !== undefined && org.kind !== 'company'),
    notes:
      person.firstName === 'Éloïse'
        ? 'Point de contact pour les mises en relation entre membres du RETS.'
        : '',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    nameKey: personNameKey(person.firstName, person.lastName),
    lastInteractionAt: null,
    erasedAt: null
  }
}

export function buildDirectory(rng: Rng, clock: Clock): DemoDirectory {
  const neqs = rng.sample(
    Array.from({ length: 900 }, (_, i) => i),
    DEMO_ORGANIZATIONS.length
  )
  const organizations = DEMO_ORGANIZATIONS.map((spec, i) =>
    organizationOf(rng, clock, spec, `11${String(4_000_000 + neqs[i] * 7_919).padStart(8, '0')}`)
  )
  const orgByKey = new Map(DEMO_ORGANIZATIONS.map((spec, i) => [spec.key, organizations[i]]))
  const specByKey = new Map(DEMO_ORGANIZATIONS.map((spec) => [spec.key, spec]))
  const lines = rng.sample(
    Array.from({ length: 100 }, (_, i) => i),
    DEMO_PEOPLE.length
  )
  const contacts = DEMO_PEOPLE.map((person, i) =>
    contactOf(rng, clock, person, person.org ? orgByKey.get(person.org) : undefined, lines[i])
  )
  const contactsByOrg = new Map<string, Contact[]>()
  const orgKeyOfContact = new Map<string, string | null>()
  DEMO_PEOPLE.forEach((person, i) => {
    orgKeyOfContact.set(contacts[i].id, person.org)
    if (!person.org) return
    const list = contactsByOrg.get(person.org) ?? []
    list.push(contacts[i])
    contactsByOrg.set(person.org, list)
  })
  const personByName = new Map(contacts.map((c) => [`${c.firstName} ${c.lastName}`, c]))
  return { organizations, contacts, orgByKey, specByKey, contactsByOrg, personByName, orgKeyOfContact }
}
