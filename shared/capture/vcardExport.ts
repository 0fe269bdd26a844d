// Contacts as vCard 4.0 (RFC 6350), UTF-8, for the officer's phone. ical.js writes and escapes the
// properties; lines are then folded at 75 octets (ical.js counts characters, and « é » is two).
import ICAL from 'ical.js'
import { foldLine } from '../calendar/ics'

export interface CardSource {
  id: string
  firstName: string
  lastName: string
  organization: string
  role: string
  email: string
  phone: string
  notes: string
  /** ISO UTC. */
  updatedAt: string
}

type Property = [string, Record<string, string>, string, string | string[]]

function card(contact: CardSource): string {
  const fullName = [contact.firstName, contact.lastName].filter(Boolean).join(' ')
  const rev = contact.updatedAt.replace(/\.\d{3}/, '').replace(/[-:]/g, '')
  const properties: Property[] = [
    ['version', {}, 'text', '4.0'],
    ['uid', {}, 'text', `urn:uuid:${contact.id}`],
    ['fn', {}, 'text', fullName],
    ['n', {}, 'text', [contact.lastName, contact.firstName, '', '', '']]
  ]
  if (contact.organization) properties.push(['org', {}, 'text', contact.organization])
  if (contact.role) properties.push(['title', {}, 'text', contact.role])
  if (contact.email) properties.push(['email', { type: 'work' }, 'text', contact.email])
  if (contact.phone) properties.push(['tel', { type: 'work' }, 'text', contact.phone])
  if (contact.notes.trim()) properties.push(['note', {}, 'text', contact.notes.trim()])
  properties.push(['rev', {}, 'timestamp', rev])
  const text = new ICAL.Component(['vcard', properties, []]).toString()
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n')
}

export function buildVCards(contacts: readonly CardSource[]): string {
  return contacts.map((c) => `${card(c)}\r\n`).join('')
}
