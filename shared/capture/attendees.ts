// Who a calendar event names: its attendees and organizer, by e-mail address (rooms and
// equipment left out), each once.
import type ICAL from 'ical.js'

export interface Attendee {
  /** Lower-case address. */
  email: string
  name: string
  declined: boolean
}

type Component = InstanceType<typeof ICAL.Component>

function addressOf(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const address = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase()
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) ? address : null
}

export function attendeesOf(component: Component): Attendee[] {
  const found = new Map<string, Attendee>()
  const properties = [...component.getAllProperties('organizer'), ...component.getAllProperties('attendee')]
  for (const property of properties) {
    const cutype = String(property.getParameter('cutype') ?? '').toUpperCase()
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue
    // Apple may name an attendee by a principal URL and give the address as EMAIL=
    const email = addressOf(property.getFirstValue()) ?? addressOf(property.getParameter('email'))
    if (!email) continue
    const name = String(property.getParameter('cn') ?? '').trim()
    const declined = String(property.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED'
    const known = found.get(email)
    found.set(email, { email, name: known?.name || name, declined: (known?.declined ?? false) || declined })
  }
  return [...found.values()]
}
