// Law 25 rules that need no database: erasing a person from the records that mention them, finding
// texts that still name them, and the contacts due for a retention review.
import type { Contact } from '../schemas/contact'
import type { Introduction } from '../schemas/event'
import type { FollowUp, Interaction } from '../schemas/interaction'
import type { Opportunity } from '../schemas/opportunity'
import { addCalendarMonths, calendarDateOf, type CalendarDate } from './dates'
import { foldText } from './text'

/** Stands where an erased person's id was: counts stay, nobody can be recognised. */
export const ERASED_PERSON_ID = 'erased-person'

/** Folded words that would identify the person in free text: full name, last name, email. */
export function identifyingTerms(contact: Pick<Contact, 'firstName' | 'lastName' | 'email'>): string[] {
  const terms = [
    foldText(`${contact.firstName} ${contact.lastName}`),
    foldText(contact.lastName),
    foldText(contact.email)
  ]
  // A two-letter last name would match half the notes: too short to mean the person
  return [...new Set(terms.filter((term) => term.length >= 3))]
}

/** Whether a text names the person (whole words, accents and case ignored). */
export function mentions(text: string, terms: readonly string[]): boolean {
  const words = foldText(text)
    .replace(/[^\p{L}\p{N}@.-]+/gu, ' ')
    .replace(/[.-]+(?= |$)/g, '') // sentence ends, not email dots
  const folded = ` ${words} `
  return terms.some((term) => folded.includes(` ${term} `))
}

const swap = (id: string, erased: string) => (id === erased ? ERASED_PERSON_ID : id)

/** Drops the person from the people met; one met alone becomes the placeholder. */
export function eraseFromInteraction(i: Interaction, contactId: string): Interaction {
  const others = i.contactIds.filter((id) => id !== contactId)
  const alone = others.length === 0 && i.organizationIds.length === 0
  return { ...i, contactIds: alone ? [ERASED_PERSON_ID] : others }
}

export function eraseFromFollowUp(f: FollowUp, contactId: string): FollowUp {
  return { ...f, contactId: f.contactId === contactId ? null : f.contactId }
}

export function eraseFromIntroduction(i: Introduction, contactId: string): Introduction {
  return {
    ...i,
    personAId: swap(i.personAId, contactId),
    personBId: swap(i.personBId, contactId),
    requestedBy: i.requestedBy === contactId ? null : i.requestedBy
  }
}

export function eraseFromOpportunity(o: Opportunity, contactId: string): Opportunity {
  return { ...o, primaryContactId: o.primaryContactId === contactId ? null : o.primaryContactId }
}

/**
 * Contacts nobody has met for `years` years (or ever, once their record is that old): keep them
 * only with a reason. Oldest last contact first.
 */
export function dueForRetentionReview(
  contacts: readonly Contact[],
  years: number,
  today: CalendarDate
): Contact[] {
  const cutoff = addCalendarMonths(today, -12 * years)
  const lastSeen = (c: Contact) => c.lastInteractionAt ?? c.createdAt
  return contacts
    .filter((c) => c.deletedAt === null && calendarDateOf(new Date(lastSeen(c))) < cutoff)
    .sort((a, b) => lastSeen(a).localeCompare(lastSeen(b)))
}
