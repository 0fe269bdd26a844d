// The generated workspace's organizations (5,000 in the large one): fictional names, unique by duplicate key, across Quebec.
import type { CompanyStage, Organization, OrganizationKind, RiskFlag, Tier } from '../../schemas'
import { TECH_NAICS_CODES } from '../../domain/naics'
import { organizationNameKey } from '../../domain/text'
import { officeMinute, type Clock } from '../clock'
import {
  ENGLISH_DESCRIPTORS,
  ENGLISH_LEGAL,
  FRENCH_DESCRIPTORS,
  FRENCH_LEGAL,
  NAME_ROOTS,
  NAME_SYLLABLES,
  PARTNER_PATTERNS
} from '../data/organization-names'
import { PLACES, type Place } from '../data/places'
import { domainOf } from '../people'
import type { Rng } from '../rng'

const KINDS: readonly (readonly [OrganizationKind, number])[] = [
  ['company', 94],
  ['partner', 3],
  ['funder', 1.5],
  ['public-body', 1.5]
]
const STAGES: readonly (readonly [CompanyStage, number])[] = [
  ['idea', 10],
  ['startup', 30],
  ['growth', 35],
  ['established', 25]
]
const TIERS: readonly (readonly [Tier | null, number])[] = [
  ['key-account', 5],
  ['active', 35],
  ['watch', 20],
  [null, 40]
]
const EMPLOYEES: Record<CompanyStage, readonly [number, number]> = {
  idea: [1, 3],
  startup: [2, 25],
  growth: [10, 150],
  established: [30, 900]
}
const TAGS = [
  'IA',
  'SaaS',
  'aluminium',
  'exportation',
  'membre',
  'technologies propres',
  'jeune pousse',
  'aérospatiale',
  'foresterie',
  'cybersécurité',
  'santé numérique',
  'industrie 4.0'
]
const PLACE_WEIGHTS = PLACES.map((p) => [p, p.weight] as const)

export function pickKinds(rng: Rng, count: number): OrganizationKind[] {
  return Array.from({ length: count }, () => rng.weighted(KINDS))
}

function companyName(rng: Rng, english: boolean): string {
  const core = `${rng.pick(NAME_ROOTS)}${rng.pick(NAME_SYLLABLES)}`
  if (english) return `${core} ${rng.pick(ENGLISH_DESCRIPTORS)} ${rng.pick(ENGLISH_LEGAL)}`.trim()
  const legal = rng.pick(FRENCH_LEGAL)
  return (
    rng.chance(0.5)
      ? `${rng.pick(FRENCH_DESCRIPTORS)} ${core} ${legal}`
      : `${core} ${rng.pick(FRENCH_DESCRIPTORS)} ${legal}`
  ).trim()
}

function partnerName(rng: Rng, kind: Exclude<OrganizationKind, 'company'>, place: Place): string {
  return rng
    .pick(PARTNER_PATTERNS[kind])
    .replace('{city}', place.city)
    .replace('{root}', rng.pick(NAME_ROOTS))
}

/** A name whose duplicate key no other organization has: import's duplicate check must stay quiet. */
function uniqueName(taken: Set<string>, make: () => string, place: Place): string {
  for (let attempt = 0; ; attempt++) {
    // After a few collisions, a place and a number settle it
    const name = attempt < 8 ? make() : `${make()} (${place.city} ${attempt - 6})`
    const key = organizationNameKey(name)
    if (!taken.has(key)) {
      taken.add(key)
      return name
    }
  }
}

function riskOf(rng: Rng, clock: Clock): RiskFlag {
  const roll = rng.next()
  if (roll > 0.055) return { level: 'none', reason: '', since: null }
  const red = roll < 0.015
  const reason = red
    ? 'Retards de paiement; liquidités insuffisantes.'
    : 'Perte d’un client important; à surveiller.'
  return { level: red ? 'red' : 'yellow', reason, since: clock.date(-rng.int(5, 300)) }
}

export interface LargeOrganizations {
  records: Organization[]
  /** 1 where the organization works mostly in English (its people lean English too). */
  english: Uint8Array
  createdDaysAgo: Int32Array
}

export function buildOrganizations(
  rng: Rng,
  clock: Clock,
  kinds: OrganizationKind[],
  heavy: number[]
): LargeOrganizations {
  const taken = new Set<string>()
  const english = new Uint8Array(kinds.length)
  const createdDaysAgo = new Int32Array(kinds.length)
  const heavySet = new Set(heavy)
  const records = kinds.map((kind, i): Organization => {
    const place = rng.weighted(PLACE_WEIGHTS)
    english[i] = kind === 'company' && rng.chance(place.region === '06' ? 0.4 : 0.1) ? 1 : 0
    const name = uniqueName(
      taken,
      () => (kind === 'company' ? companyName(rng, english[i] === 1) : partnerName(rng, kind, place)),
      place
    )
    const company = kind === 'company'
    const stage = company ? rng.weighted(STAGES) : null
    const naics = company || rng.chance(0.3) ? rng.pick(TECH_NAICS_CODES) : null
    createdDaysAgo[i] = rng.int(1_200, 1_800)
    const createdAt = clock.at(createdDaysAgo[i], officeMinute(rng.next()))
    const range = EMPLOYEES[stage ?? 'growth']
    return {
      id: rng.uuid(),
      name,
      kind,
      neq: stage === 'idea' ? '' : `11${String(10_000_000 + i * 17 + rng.int(0, 16))}`,
      industryCode: naics?.code ?? '',
      industryLabel: naics?.fr ?? '',
      region: place.region,
      mrc: place.mrc,
      city: place.city,
      website: rng.chance(0.85) ? `https://www.${domainOf(name)}` : '',
      employees: rng.chance(0.9) ? rng.int(range[0], range[1]) : null,
      stage,
      tier: heavySet.has(i) ? 'key-account' : company ? rng.weighted(TIERS) : null,
      riskFlag: company ? riskOf(rng, clock) : { level: 'none', reason: '', since: null },
      tags: rng.sample(TAGS, rng.int(0, 3)),
      notes: '',
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      nameKey: organizationNameKey(name),
      lastInteractionAt: null
    }
  })
  return { records, english, createdDaysAgo }
}

/**
 * Exactly `flagged` companies at risk (Today lists them): flags drawn beyond it are lifted, or more
 * companies get a yellow flag, chosen at random.
 */
export function settleFlags(rng: Rng, clock: Clock, orgs: Organization[], flagged: number): void {
  const companies = orgs.filter((o) => o.kind === 'company')
  const atRisk = companies.filter((o) => o.riskFlag.level !== 'none')
  const calm = companies.filter((o) => o.riskFlag.level === 'none')
  for (const o of rng.sample(atRisk, Math.max(0, atRisk.length - flagged)))
    o.riskFlag = { level: 'none', reason: '', since: null }
  for (const o of rng.sample(calm, Math.max(0, flagged - atRisk.length)))
    o.riskFlag = {
      level: 'yellow',
      reason: 'Perte d’un client important; à surveiller.',
      since: clock.date(-rng.int(5, 300))
    }
}
