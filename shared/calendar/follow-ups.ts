// The open follow-ups a calendar export holds, each described by who and what it concerns.
import type { Contact } from '../schemas/contact'
import type { FollowUp } from '../schemas/follow-up'
import type { Organization } from '../schemas/organization'
import type { CalendarItem } from './ics'

export function openFollowUpItems(
  followUps: FollowUp[],
  organizations: Organization[],
  contacts: Contact[]
): CalendarItem[] {
  const orgs = new Map(organizations.map((o) => [o.id, o.name]))
  const people = new Map(contacts.map((c) => [c.id, `${c.firstName} ${c.lastName}`.trim()]))
  return followUps
    .filter((f) => f.deletedAt === null && f.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((f) => ({
      id: f.id,
      title: f.title,
      date: f.dueDate,
      description: [
        f.organizationId ? orgs.get(f.organizationId) : '',
        f.contactId ? people.get(f.contactId) : '',
        f.notes
      ]
        .filter(Boolean)
        .join('\n')
    }))
}
