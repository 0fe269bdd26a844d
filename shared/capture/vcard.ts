// Contact cards (.vcf): vCard 3.0 and 4.0 read by ical.js, 2.1 rewritten as 3.0 first
// (vcard21.ts). One card gives the fields a contact keeps; what a contact has no field for
// (other e-mails and phones, the address) goes to its notes.
import ICAL from 'ical.js'
import { AppError } from '../errors'
import { decodeText } from '../import/decode'
import { assertSize, MAX_VCARD_BYTES } from './limits'
import { normaliseVCard21 } from './vcard21'

export interface CapturedCard {
  firstName: string
  lastName: string
  organization: string
  title: string
  /** Lower-case, first the preferred one. */
  emails: string[]
  phones: string[]
  address: string
  note: string
}

type Component = InstanceType<typeof ICAL.Component>

// ical.js leaves the « \; » RFC 6350 allows in a non-compound value (NOTE, TITLE) escaped
const flat = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(flat).filter(Boolean).join(' ')
    : typeof value === 'string'
      ? value.replace(/\\;/g, ';').trim()
      : ''

function structured(component: Component, name: string): string[] {
  const value = component.getFirstPropertyValue(name)
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(flat)
}

const isPreferred = (p: InstanceType<typeof ICAL.Property>) =>
  /pref/i.test(String(p.getParameter('type') ?? '')) || p.getParameter('pref') === '1'

function values(component: Component, name: string): string[] {
  const properties = component.getAllProperties(name)
  const ordered = [...properties.filter(isPreferred), ...properties.filter((p) => !isPreferred(p))]
  return [...new Set(ordered.map((p) => flat(p.getFirstValue())).filter(Boolean))]
}

function nameOf(component: Component): { firstName: string; lastName: string } {
  const [family = '', given = '', additional = ''] = structured(component, 'n')
  if (given || family) return { firstName: [given, additional].filter(Boolean).join(' '), lastName: family }
  const full = flat(component.getFirstPropertyValue('fn'))
  const space = full.indexOf(' ')
  return space < 0
    ? { firstName: full, lastName: '' }
    : { firstName: full.slice(0, space), lastName: full.slice(space + 1) }
}

function addressOf(component: Component): string {
  const [, extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = structured(
    component,
    'adr'
  )
  const line = [street, extended].filter(Boolean).join(', ')
  return [line, city, [region, postalCode].filter(Boolean).join(' '), country].filter(Boolean).join(', ')
}

function cardOf(component: Component, position: number): CapturedCard {
  const { firstName, lastName } = nameOf(component)
  if (!firstName && !lastName) throw new AppError('capture.errors.vcardWithoutName', { position })
  return {
    firstName,
    lastName,
    organization: structured(component, 'org')[0] ?? '',
    title: flat(component.getFirstPropertyValue('title')),
    emails: values(component, 'email').map((e) => e.replace(/^mailto:/i, '').toLowerCase()),
    phones: values(component, 'tel').map((t) => t.replace(/^tel:/i, '')),
    address: addressOf(component),
    note: flat(component.getFirstPropertyValue('note'))
  }
}

/** Every card of a .vcf file, in order. A card without a name refuses the whole file. */
export function parseVCards(bytes: Uint8Array): CapturedCard[] {
  assertSize(bytes.length, MAX_VCARD_BYTES)
  const text = decodeText(bytes).text
  if (!/^BEGIN:VCARD/im.test(text)) throw new AppError('capture.errors.notVCard')
  let parsed: unknown
  try {
    parsed = ICAL.parse(normaliseVCard21(text))
  } catch {
    throw new AppError('capture.errors.notVCard')
  }
  const roots = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ).map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]))
  const cards = roots.filter((c) => c.name === 'vcard')
  if (cards.length === 0) throw new AppError('capture.errors.notVCard')
  return cards.map((c, i) => cardOf(c, i + 1))
}
