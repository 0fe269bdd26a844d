// Law 25 rules that need no database: erasing a person from the records that mention them, finding
// texts that still name them, and the contacts due for a retention review.
import type { Contact } from '../schemas/contact'
import type { Introduction } from '../schemas/introduction'
import type { FollowUp } from '../schemas/follow-up'
import type { Interaction } from '../schemas/interaction'
import type { PrivacyLogEntry } from '../schemas/privacy-log'
import type { Opportunity } from '../schemas/opportunity'
import { addCalendarMonths, calendarDateOf, type CalendarDate } from './dates'
import { foldText } from './text'

/** Stands where an erased person's id was: counts stay, nobody can be recognised. */
export const ERASED_PERSON_ID = 'erased-person'
/**
 * The other side of an introduction whose two people were both erased: the schema wants two
 * different people, and a record that breaks it would make every later backup refused.
 */
export const ERASED_OTHER_PERSON_ID = 'erased-person-2'

export const isErasedPersonId = (id: string) => id === ERASED_PERSON_ID || id === ERASED_OTHER_PERSON_ID

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

/** Drops the person from the people met; one met alone becomes the placeholder. */
export function eraseFromInteraction(i: Interaction, contactId: string): Interaction {
  const others = i.contactIds.filter((id) => id !== contactId)
  const alone = others.length === 0 && i.organizationIds.length === 0
  return { ...i, contactIds: alone ? [ERASED_PERSON_ID] : others }
}

export function eraseFromFollowUp(f: FollowUp, contactId: string): FollowUp {
  return { ...f, contactId: f.contactId === contactId ? null : f.contactId }
}

/** The placeholder for one side, never the one already standing on the other side. */
const placeholderBeside = (other: string) =>
  other === ERASED_PERSON_ID ? ERASED_OTHER_PERSON_ID : ERASED_PERSON_ID

export function eraseFromIntroduction(i: Introduction, contactId: string): Introduction {
  const personAId = i.personAId === contactId ? placeholderBeside(i.personBId) : i.personAId
  const personBId = i.personBId === contactId ? placeholderBeside(personAId) : i.personBId
  return {
    ...i,
    personAId,
    personBId,
    requestedBy: i.requestedBy === contactId ? null : i.requestedBy
  }
}

export function eraseFromOpportunity(o: Opportunity, contactId: string): Opportunity {
  return { ...o, primaryContactId: o.primaryContactId === contactId ? null : o.primaryContactId }
}

/** Every text inside a value: a draft holds whatever its form kept. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

const refersTo = (value: unknown, contactId: string, terms: readonly string[]) =>
  texts(value).some((text) => text === contactId || mentions(text, terms))

/**
 * A draft without what refers to the person (their id, or a text naming them), or null when it
 * should go. A draft of lines (event mode) loses only the lines about them; any other goes whole.
 */
export function eraseFromDraft(value: unknown, contactId: string, terms: readonly string[]): unknown {
  if (!refersTo(value, contactId, terms)) return value
  const lines = (value as { lines?: unknown } | null)?.lines
  if (!Array.isArray(lines)) return null
  const kept = { ...(value as object), lines: lines.filter((line) => !refersTo(line, contactId, terms)) }
  return kept.lines.length === 0 || refersTo(kept, contactId, terms) ? null : kept
}

/** Whether a register entry is about the person: by id, or by the name written before ids were. */
export function isRegisterEntryAbout(
  entry: Pick<PrivacyLogEntry, 'kind' | 'subject'> & { contactId?: string | null },
  contact: Pick<Contact, 'id' | 'firstName' | 'lastName'>
): boolean {
  if (entry.kind !== 'access-export') return false
  if (entry.contactId) return entry.contactId === contact.id
  return foldText(entry.subject) === foldText(`${contact.firstName} ${contact.lastName}`)
}

/** The first day a contact last seen on counts as recent: `years` years before today. */
export const retentionCutoff = (today: CalendarDate, years: number): CalendarDate =>
  addCalendarMonths(today, -12 * years)

/**
 * Contacts nobody has met for `years` years (or ever, once their record is that old): keep them
 * only with a reason. Oldest last contact first.
 */
export function dueForRetentionReview(
  contacts: readonly Contact[],
  years: number,
  today: CalendarDate
): Contact[] {
  const cutoff = retentionCutoff(today, years)
  const lastSeen = (c: Contact) => c.lastInteractionAt ?? c.createdAt
  return contacts
    .filter((c) => c.deletedAt === null && calendarDateOf(new Date(lastSeen(c))) < cutoff)
    .sort((a, b) => lastSeen(a).localeCompare(lastSeen(b)))
}
