// Law 25: everything held about one person (an access request), erasing a person everywhere, the
// register of access requests and erasures, and the contacts due for a retention review.
import {
  dueForRetentionReview,
  eraseFromFollowUp,
  eraseFromInteraction,
  eraseFromIntroduction,
  eraseFromDraft,
  eraseFromOpportunity,
  identifyingTerms,
  isRegisterEntryAbout,
  mentions
} from '@shared/domain/privacy'
import { todayDate } from '@shared/domain/dates'
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
import { getOrThrow, newId, nowIso, whereAnyOf } from './records'
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
export async function personFile(contactId: string): Promise<PersonFile> {
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
  const [file, privacyOfficer] = await Promise.all([personFile(contactId), getSetting('privacyOfficer')])
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

/** The register keeps that an access request was answered, no longer whose. */
async function anonymiseRegister(contact: Contact): Promise<void> {
  const entries = await db().privacyLog.where('kind').equals('access-export').toArray()
  const about = entries.filter((entry) => isRegisterEntryAbout(entry, contact))
  await db().privacyLog.bulkPut(about.map((entry) => ({ ...entry, subject: '', contactId: null })))
}

/** Unsaved work (event mode's lines) loses what was about the person. */
async function eraseFromDrafts(contactId: string, terms: readonly string[]): Promise<void> {
  for (const draft of await db().drafts.toArray()) {
    const value = eraseFromDraft(draft.value, contactId, terms)
    if (value === draft.value) continue
    if (value === null) await db().drafts.delete(draft.key)
    else await db().drafts.put({ ...draft, value, updatedAt: nowIso() })
  }
  rewriteDraftMirrors((value) => eraseFromDraft(value, contactId, terms))
}

export interface ErasureResult {
  /** Interactions, follow-ups and introductions the person was removed from. */
  records: number
  /** Texts that still name the person: the officer reviews them. */
  toReview: { kind: 'interaction' | 'followUp' | 'introduction'; id: string; title: string }[]
}

/**
 * Erases a person: their record is deleted (not put in the Trash), their id leaves every record
 * that named them, counts stay. Earlier access requests in the register lose the name, drafts what
 * was about them. Texts that still name them are listed for review, and the erasure is written in
 * the register without the name. One transaction: all or nothing.
 */
export async function erasePerson(contactId: string): Promise<ErasureResult> {
  const d = db()
  const tables = [
    d.contacts,
    d.organizations,
    d.interactions,
    d.followUps,
    d.introductions,
    d.opportunities,
    d.privacyLog,
    d.drafts
  ]
  return d.transaction('rw', tables, async () => {
    const file = await personFile(contactId)
    const terms = identifyingTerms(file.contact)
    const opportunities = await d.opportunities.filter((o) => o.primaryContactId === contactId).toArray()
    const [followUpsNaming, interactionsNaming] = await Promise.all([
      d.followUps.filter((f) => mentions(`${f.title} ${f.notes}`, terms)).toArray(),
      d.interactions.filter((i) => mentions(`${i.title} ${i.notes}`, terms)).toArray()
    ])
    await d.interactions.bulkPut(file.interactions.map((i) => eraseFromInteraction(i, contactId)))
    await d.followUps.bulkPut(file.followUps.map((f) => eraseFromFollowUp(f, contactId)))
    await d.introductions.bulkPut(file.introductions.map((i) => eraseFromIntroduction(i, contactId)))
    await d.opportunities.bulkPut(opportunities.map((o) => eraseFromOpportunity(o, contactId)))
    await d.contacts.delete(contactId)
    await anonymiseRegister(file.contact)
    await eraseFromDrafts(contactId, terms)
    const toReview: ErasureResult['toReview'] = [
      ...interactionsNaming.map((i) => ({ kind: 'interaction' as const, id: i.id, title: i.title })),
      ...followUpsNaming.map((f) => ({ kind: 'followUp' as const, id: f.id, title: f.title })),
      ...file.introductions
        .filter((i) => mentions(`${i.reason} ${i.outcomeNote}`, terms))
        .map((i) => ({ kind: 'introduction' as const, id: i.id, title: i.reason }))
    ]
    const records = file.interactions.length + file.followUps.length + file.introductions.length
    await log({
      kind: 'erasure',
      subject: file.organization?.name ?? '',
      // Ids only: a title that names the person would keep what was erased
      details: JSON.stringify({ records, toReview: toReview.map(({ kind, id }) => ({ kind, id })) })
    })
    return { records, toReview }
  })
}

export function listPrivacyLog(): Promise<PrivacyLogEntry[]> {
  return db().privacyLog.orderBy('at').reverse().toArray()
}

/** Contacts not met for the set number of years; organizations for their names. */
export async function listRetentionReview(today = todayDate()) {
  const years = await getSetting('retentionYears')
  const contacts = dueForRetentionReview(await db().contacts.toArray(), years, today)
  const organizations = await whereAnyOf(
    db().organizations,
    'id',
    contacts.flatMap((c) => (c.organizationId ? [c.organizationId] : []))
  )
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
