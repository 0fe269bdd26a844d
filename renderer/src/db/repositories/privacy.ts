// Law 25: everything held about one person (an access request), erasing a person everywhere, the
// register of access requests and erasures, and the contacts due for a retention review.
import type { Table } from 'dexie'
import { tableNames, type ErasedPerson, type ErasureRule, type Registry } from '@shared/db/table-spec'
import { TABLES } from '@shared/db/tables'
import {
  dueForRetentionReview,
  eraseFromDraft,
  identifyingTerms,
  mentions,
  retentionCutoff
} from '@shared/domain/privacy'
import { addCalendarDays, todayDate, type CalendarDate } from '@shared/domain/dates'
import type {
  Contact,
  FollowUp,
  Interaction,
  Introduction,
  Organization,
  PrivacyLogEntry,
  PrivacyOfficer
} from '@shared/schemas'
import { db } from '../schema'
import { rewriteDraftMirrors } from './drafts'
import { getOrThrow, newId, nowIso } from './records'
import { getSetting } from './settings'

export interface PersonFile {
  contact: Contact
  organization: Organization | null
  interactions: Interaction[]
  followUps: FollowUp[]
  introductions: Introduction[]
}

async function introductionsOf(contactId: string): Promise<Introduction[]> {
  const [asA, asB] = await Promise.all([
    db().introductions.where('personAId').equals(contactId).toArray(),
    db().introductions.where('personBId').equals(contactId).toArray()
  ])
  const byRequest = await db()
    .introductions.filter((i) => i.requestedBy === contactId)
    .toArray()
  return [...new Map([...asA, ...asB, ...byRequest].map((i) => [i.id, i])).values()]
}

/** Everything Relais holds about a person, deleted records included (they are still held). */
export async function contactFile(contactId: string): Promise<PersonFile> {
  const contact = await getOrThrow(db().contacts, contactId)
  const [organization, interactions, followUps, introductions] = await Promise.all([
    contact.organizationId ? db().organizations.get(contact.organizationId) : undefined,
    db().interactions.where('contactIds').equals(contactId).toArray(),
    db().followUps.where('contactId').equals(contactId).toArray(),
    introductionsOf(contactId)
  ])
  return { contact, organization: organization ?? null, interactions, followUps, introductions }
}

/** An access request's answer: everything held about the person, and who answers for it (s. 3.1). */
export interface AccessAnswer extends PersonFile {
  privacyOfficer: PrivacyOfficer
}

export async function accessAnswer(contactId: string): Promise<AccessAnswer> {
  const [file, privacyOfficer] = await Promise.all([contactFile(contactId), getSetting('privacyOfficer')])
  return { ...file, privacyOfficer }
}

type NewEntry = Omit<PrivacyLogEntry, 'id' | 'at' | 'contactId'> & Partial<Pick<PrivacyLogEntry, 'contactId'>>

async function log(entry: NewEntry): Promise<void> {
  await db().privacyLog.add({ id: newId(), at: nowIso(), contactId: null, ...entry })
}

/** Notes an access request was answered (the register keeps who asked and when). */
export function logAccessExport(file: PersonFile, format: string): Promise<void> {
  const { id, firstName, lastName } = file.contact
  const subject = `${firstName} ${lastName}`.trim()
  return log({ kind: 'access-export', subject, contactId: id, details: format })
}

export interface ErasureResult {
  /** Interactions, follow-ups and introductions the person was removed from. */
  records: number
  /** Texts that still name the person: the officer reviews them. */
  toReview: { kind: string; id: string; title: string }[]
}

/** One table's part of an erasure, by its registry rule: records rewritten or deleted, texts to review. */
async function eraseFromTable(
  table: Table<unknown, string>,
  rule: ErasureRule<unknown>,
  person: ErasedPerson
): Promise<{ counted: number; toReview: { id: string; title: string }[] }> {
  // Both in primary-key order, in the same transaction: keys[i] is records[i]'s key
  const [records, keys] = await Promise.all([table.toArray(), table.toCollection().primaryKeys()])
  const referring = records.flatMap((record, i) => (rule.refersTo(record, person) ? [i] : []))
  const erased = referring.map((i) => ({ key: keys[i], after: rule.erase(records[i], person) }))
  await table.bulkPut(erased.flatMap(({ after }) => (after === null ? [] : [after])))
  await table.bulkDelete(erased.flatMap(({ key, after }) => (after === null ? [key] : [])))
  const review = rule.review
  const reviewed = !review ? [] : review.among === 'all' ? records.map((_, i) => i) : referring
  const toReview = reviewed
    .filter((i) => review && mentions(review.text(records[i]), person.terms))
    .map((i) => ({ id: keys[i], title: review?.title(records[i]) ?? '' }))
  return { counted: rule.counted ? referring.length : 0, toReview }
}

/**
 * Erases a person: their record is deleted (not put in the Trash), their id leaves every record
 * that named them, counts stay. Earlier access requests in the register lose the name, drafts what
 * was about them. Texts that still name them are listed for review, and the erasure is written in
 * the register without the name. One transaction: all or nothing. Each table's part is its
 * erasure rule in the registry (shared/db/tables.ts); a test may pass its own registry.
 */
export async function erasePerson(contactId: string, registry: Registry = TABLES): Promise<ErasureResult> {
  const d = db()
  const walked = tableNames(registry).filter((name) => registry[name].erasure)
  const tables = [...new Set([...walked, 'contacts', 'organizations', 'privacyLog'])]
  return d.transaction('rw', tables, async () => {
    const contact = await getOrThrow(d.contacts, contactId)
    const organization = contact.organizationId
      ? await d.organizations.get(contact.organizationId)
      : undefined
    const person: ErasedPerson = { contact, terms: identifyingTerms(contact), at: nowIso() }
    let records = 0
    const toReview: ErasureResult['toReview'] = []
    for (const name of walked) {
      const { entity, erasure } = registry[name]
      if (!erasure) continue
      const part = await eraseFromTable(d.table<unknown, string>(name), erasure, person)
      records += part.counted
      toReview.push(...part.toReview.map((item) => ({ kind: entity, ...item })))
    }
    rewriteDraftMirrors((value) => eraseFromDraft(value, contactId, person.terms))
    await log({
      kind: 'erasure',
      subject: organization?.name ?? '',
      // Ids only: a title that names the person would keep what was erased
      details: JSON.stringify({ records, toReview: toReview.map(({ kind, id }) => ({ kind, id })) })
    })
    return { records, toReview }
  })
}

export function listPrivacyLog(): Promise<PrivacyLogEntry[]> {
  return db().privacyLog.orderBy('at').reverse().toArray()
}

/** How many contacts Settings lists in the retention review (the count covers all of them). */
export const RETENTION_REVIEW_SHOWN = 50

/**
 * The contacts that can be due, through the lastInteractionAt index: those met before the cutoff
 * (a timestamp's own date is within two days of its date in any time zone), and those never met,
 * absent from that index. Settings read every contact (20,000 on a large workspace) on each visit.
 */
async function retentionCandidates(cutoff: CalendarDate, signal?: AbortSignal): Promise<Contact[]> {
  const contacts = db().contacts
  const [metBefore, ids, metIds] = await Promise.all([
    contacts.where('lastInteractionAt').below(addCalendarDays(cutoff, 2)).toArray(),
    contacts.toCollection().primaryKeys(),
    contacts.orderBy('lastInteractionAt').primaryKeys()
  ])
  signal?.throwIfAborted()
  const met = new Set(metIds)
  const neverMet = await contacts.bulkGet(ids.filter((id) => !met.has(id)))
  return [...metBefore, ...neverMet.filter((c) => c !== undefined)]
}

/**
 * Contacts not met for the set number of years, and the company names of the first `named` (the
 * ones listed). Naming every contact due read one company per contact: on a large workspace,
 * thousands of requests, still running a second after the person had left Settings. An aborted
 * `signal` (the person left Settings) stops it between its steps: the never-met contacts are read
 * one request each (831 on a large workspace), which the next screen waited behind.
 */
export async function listRetentionReview(
  today = todayDate(),
  named = RETENTION_REVIEW_SHOWN,
  signal?: AbortSignal
) {
  const years = await getSetting('retentionYears')
  const candidates = await retentionCandidates(retentionCutoff(today, years), signal)
  signal?.throwIfAborted()
  const contacts = dueForRetentionReview(candidates, years, today)
  const ids = new Set(contacts.slice(0, named).flatMap((c) => (c.organizationId ? [c.organizationId] : [])))
  const organizations = (await db().organizations.bulkGet([...ids])).filter((o) => o !== undefined)
  return { years, contacts, organizations: new Map(organizations.map((o) => [o.id, o.name])) }
}

export interface ReviewItem {
  kind: ErasureResult['toReview'][number]['kind']
  id: string
}

/** The texts an erasure flagged, with where to open them (a company page), read live. */
export async function describeReviewItems(items: ReviewItem[]) {
  const ids = (kind: ReviewItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.id)
  const [interactions, followUps, introductions] = await Promise.all([
    db().interactions.bulkGet(ids('interaction')),
    db().followUps.bulkGet(ids('followUp')),
    db().introductions.bulkGet(ids('introduction'))
  ])
  const place = (organizationId: string | null | undefined) =>
    organizationId ? `/companies/${organizationId}` : null
  return [
    ...interactions.flatMap((i) =>
      i ? [{ id: i.id, title: i.title, path: place(i.organizationIds[0]) }] : []
    ),
    ...followUps.flatMap((f) => (f ? [{ id: f.id, title: f.title, path: place(f.organizationId) }] : [])),
    ...introductions.flatMap((i) => (i ? [{ id: i.id, title: i.reason, path: '/introductions' }] : []))
  ]
}
