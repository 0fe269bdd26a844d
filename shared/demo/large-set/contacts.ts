// The generated workspace's people (20,000 in the large one), stored contiguously by organization so that "the people of
// organization i" is a range, not a lookup table.
import type { Contact, Organization } from '../../schemas'
import type { Language } from '../../schemas/common'
import { personNameKey } from '../../domain/text'
import { officeMinute, type Clock } from '../clock'
import {
  ENGLISH_FIRST_NAMES,
  ENGLISH_LAST_NAMES,
  ENGLISH_ROLES,
  FRENCH_FEMALE_FIRST_NAMES,
  FRENCH_LAST_NAMES,
  FRENCH_MALE_FIRST_NAMES,
  FRENCH_ROLES
} from '../data/names'
import { consentFor, DEMO_TLD, domainOf, emailAddress, phoneNumber } from '../people'
import type { Rng } from '../rng'
import type { LargeOrganizations } from './organizations'

export interface LargeContacts {
  records: Contact[]
  /** People of organization i are records[start[i]] to records[start[i + 1] - 1]; the unattached come last. */
  start: Int32Array
  /** Organization index of each person, -1 for the unattached. */
  orgOf: Int32Array
}

/** Every person predates the three years of interactions. */
const HISTORY_FLOOR = 1_100

function areaCode(rng: Rng, region: string | null): string {
  if (region === '02' || region === '03' || region === '01' || region === '12')
    return rng.chance(0.8) ? '418' : '581'
  if (region === '06' || region === '13') return rng.chance(0.7) ? '514' : '438'
  return rng.chance(0.5) ? '819' : '450'
}

function lastName(rng: Rng, language: Language): string {
  if (language === 'en') return rng.pick(ENGLISH_LAST_NAMES)
  // Double-barrelled names, common in Quebec since the 1980s
  return rng.chance(0.05)
    ? `${rng.pick(FRENCH_LAST_NAMES)}-${rng.pick(FRENCH_LAST_NAMES)}`
    : rng.pick(FRENCH_LAST_NAMES)
}

function contactOf(
  rng: Rng,
  clock: Clock,
  org: Organization | null,
  englishOrg: boolean,
  createdFloor: number,
  emails: Set<string>
): Contact {
  const language: Language = rng.chance(englishOrg ? 0.7 : 0.12) ? 'en' : 'fr'
  const feminine = rng.chance(0.5)
  const frenchNames = feminine ? FRENCH_FEMALE_FIRST_NAMES : FRENCH_MALE_FIRST_NAMES
  const firstName = rng.pick(language === 'en' ? ENGLISH_FIRST_NAMES : frenchNames)
  const last = lastName(rng, language)
  const domain = org
    ? org.website
      ? org.website.slice('https://www.'.length)
      : domainOf(org.name)
    : `courriel.${DEMO_TLD}`
  let email = rng.chance(0.93) ? emailAddress(firstName, last, domain) : ''
  for (let n = 2; email && emails.has(email); n++) email = emailAddress(firstName, `${last}${n}`, domain)
  if (email) emails.add(email)
  const createdDaysAgo = rng.int(HISTORY_FLOOR, createdFloor)
  const createdAt = clock.at(createdDaysAgo, officeMinute(rng.next()))
  return {
    id: rng.uuid(),
    organizationId: org?.id ?? null,
    firstName,
    lastName: last,
    role: org ? (language === 'en' ? rng.pick(ENGLISH_ROLES) : rng.pick(FRENCH_ROLES)[feminine ? 1 : 0]) : '',
    email,
    phone: rng.chance(0.85) ? phoneNumber(rng, areaCode(rng, org?.region ?? null), rng.chance(0.5)) : '',
    language,
    consent: consentFor(rng, clock, createdDaysAgo),
    tags: [],
    notes: '',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    nameKey: personNameKey(firstName, last),
    lastInteractionAt: null,
    erasedAt: null
  }
}

export function buildContacts(
  rng: Rng,
  clock: Clock,
  orgs: LargeOrganizations,
  perOrg: Int32Array,
  unattached: number
): LargeContacts {
  const total = perOrg.reduce((sum, n) => sum + n, 0) + unattached
  const records: Contact[] = new Array(total)
  const start = new Int32Array(perOrg.length + 1)
  const orgOf = new Int32Array(total)
  const emails = new Set<string>()
  let k = 0
  for (let i = 0; i < perOrg.length; i++) {
    start[i] = k
    for (let j = 0; j < perOrg[i]; j++, k++) {
      records[k] = contactOf(
        rng,
        clock,
        orgs.records[i],
        orgs.english[i] === 1,
        orgs.createdDaysAgo[i],
        emails
      )
      orgOf[k] = i
    }
  }
  start[perOrg.length] = k
  for (; k < total; k++) {
    records[k] = contactOf(rng, clock, null, false, 1_800, emails)
    orgOf[k] = -1
  }
  return { records, start, orgOf }
}
