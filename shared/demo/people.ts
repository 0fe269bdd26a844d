// Contact details shared by the demo and the large workspace: accent-free e-mail addresses,
// fictional phone numbers, and a Law 25 consent record.
import type { ConsentBasis, Contact } from '../schemas'
import { foldText } from '../domain/text'
import { CONSENT_SOURCES } from './data/phrases'
import type { Clock } from './clock'
import type { Rng } from './rng'

/** Reserved for documentation (RFC 2606): a demo address or website can never reach a real firm. */
export const DEMO_TLD = 'example'

function localPart(name: string): string {
  return foldText(name)
    .replace(/['’\s]/g, '')
    .replace(/[^a-z0-9-]/g, '')
}

/** "Éloïse", "Tremblay", "rets.example" → "eloise.tremblay@rets.example". */
export function emailAddress(firstName: string, lastName: string, domain: string): string {
  const local = [localPart(firstName), localPart(lastName)].filter(Boolean).join('.')
  return `${local}@${domain}`
}

/** A domain from an organization name: "Logiciels Fjordtech inc." → "logicielsfjordtech.example". */
export function domainOf(name: string): string {
  const words = foldText(name)
    .replace(/\b(inc|ltee|ltd|s\.e\.n\.c)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '')
  return `${words.slice(0, 40)}.${DEMO_TLD}`
}

/** 555-0100 to 555-0199 are reserved for fiction; an extension keeps thousands of them apart. */
export function phoneNumber(rng: Rng, areaCode = '418', withExtension = false): string {
  const line = `${areaCode} 555-01${String(rng.int(0, 99)).padStart(2, '0')}`
  return withExtension ? `${line} x${rng.int(100, 999)}` : line
}

const BASES: readonly (readonly [ConsentBasis, number])[] = [
  ['implied', 4],
  ['express', 3],
  ['public-professional', 2],
  ['not-recorded', 1]
]

/** On what basis the officer holds the person's data; dated the day the contact was created. */
export function consentFor(rng: Rng, clock: Clock, createdDaysAgo: number): Contact['consent'] {
  const basis = rng.weighted(BASES)
  if (basis === 'not-recorded') return { basis, date: null, source: '' }
  return { basis, date: clock.date(-createdDaysAgo), source: rng.pick(CONSENT_SOURCES[basis]) }
}
