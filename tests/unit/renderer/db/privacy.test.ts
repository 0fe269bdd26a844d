import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup, serializeBackup } from '@shared/backup/format'
import { LATEST_VERSION } from '@renderer/db/migrations'
import { readAllTables, replaceAllTables } from '@renderer/db/repositories/backup'
import { createContact } from '@renderer/db/repositories/contacts'
import { getDraft, saveDraft } from '@renderer/db/repositories/drafts'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { createInteraction } from '@renderer/db/repositories/interactions'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import {
  erasePerson,
  listPrivacyLog,
  listRetentionReview,
  logAccessExport,
  contactFile
} from '@renderer/db/repositories/privacy'
import { setSetting } from '@renderer/db/repositories/settings'
import { db } from '@renderer/db/schema'
import { ERASED_OTHER_PERSON_ID, ERASED_PERSON_ID } from '@shared/domain/privacy'
import { AppError } from '@shared/errors'
import { introductionSchema } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { snapshotTables } from '../../../fixtures/write-failure'
import { makeOrganization, makeContact } from '../../../fixtures/factories'

beforeEach(async () => {
  await freshDatabase()
})

async function scene() {
  const company = await createOrganization(makeOrganization({ name: 'Nordik' }))
  const eloise = await createContact(makeContact({ organizationId: company.id }))
  const other = await createContact(makeContact({ firstName: 'Marc', lastName: 'Gagnon', email: '' }))
  const withCompany = await createInteraction({
    title: 'Dîner',
    occurredAt: '2026-11-01T12:00:00.000Z',
    notes: 'Éloïse TREMBLAY veut un prêt',
    organizationIds: [company.id],
    contactIds: [eloise.id, other.id]
  })
  const alone = await createInteraction({
    title: 'Appel',
    occurredAt: '2026-11-02T12:00:00.000Z',
    contactIds: [eloise.id]
  })
  const followUp = await createFollowUp({ title: 'Rappeler', dueDate: '2026-12-01', contactId: eloise.id })
  const at = '2026-01-01T00:00:00.000Z'
  const intro = introductionSchema.parse({
    id: 'intro-1',
    personAId: eloise.id,
    personBId: other.id,
    reason: 'Présenter Tremblay à Gagnon',
    createdAt: at,
    updatedAt: at,
    deletedAt: null
  })
  await db().introductions.add(intro)
  // A financing file whose primary contact she is
  const file = await createOpportunity({
    organizationId: company.id,
    title: 'Prêt croissance',
    primaryContactId: eloise.id
  })
  return { company, eloise, other, withCompany, alone, followUp, intro, file }
}

describe('access request', () => {
  it('gathers the person’s record, interactions, follow-ups and introductions', async () => {
    const { eloise, company } = await scene()
    const file = await contactFile(eloise.id)
    expect(file.organization?.id).toBe(company.id)
    expect([file.interactions.length, file.followUps.length, file.introductions.length]).toEqual([2, 1, 1])
  })
})

describe('erasure', () => {
  it('removes the person everywhere, keeps counts, flags texts naming them and registers it without the name', async () => {
    const { company, eloise, other, withCompany, alone, followUp, file } = await scene()
    const result = await erasePerson(eloise.id)

    expect(await db().contacts.get(eloise.id)).toBeUndefined()
    expect((await db().interactions.get(withCompany.id))?.contactIds).toEqual([other.id])
    // logged with her alone, the call was linked to her company: it stays there, without her
    expect(await db().interactions.get(alone.id)).toMatchObject({
      contactIds: [],
      organizationIds: [company.id]
    })
    expect(await db().interactions.count()).toBe(2)
    expect((await db().followUps.get(followUp.id))?.contactId).toBeNull()
    expect((await db().introductions.get('intro-1'))?.personAId).toBe(ERASED_PERSON_ID)
    // the file stays with its company, without a primary contact
    expect(await db().opportunities.get(file.id)).toMatchObject({
      organizationId: company.id,
      title: 'Prêt croissance',
      primaryContactId: null
    })
    expect(result.records).toBe(4)
    expect(result.toReview.map((r) => [r.kind, r.title])).toEqual([
      ['interaction', 'Dîner'],
      ['introduction', 'Présenter Tremblay à Gagnon']
    ])

    const [entry] = await listPrivacyLog()
    expect(entry.kind).toBe('erasure')
    expect(JSON.stringify(entry)).not.toMatch(/[ÉE]lo[iï]se|Tremblay|eloise/i)
  })

  it('erases both people of one introduction and every backup still restores', async () => {
    const { eloise, other } = await scene()
    await erasePerson(eloise.id)
    await erasePerson(other.id)
    const intro = await db().introductions.get('intro-1')
    expect([intro?.personAId, intro?.personBId]).toEqual([ERASED_PERSON_ID, ERASED_OTHER_PERSON_ID])

    const before = await readAllTables()
    const meta = {
      exportedAt: '2026-11-25T14:30:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: LATEST_VERSION
    }
    const backup = await parseBackup(await serializeBackup(before, meta), LATEST_VERSION)
    await freshDatabase()
    await replaceAllTables(backup.tables)
    expect(await readAllTables()).toEqual(before)
  })

  it('takes the name out of earlier access requests in the register, and keeps the entries', async () => {
    const { eloise, other } = await scene()
    await logAccessExport(await contactFile(eloise.id), 'xlsx')
    await logAccessExport(await contactFile(other.id), 'json')
    // Written before entries kept the contact's id: found by the name
    await db().privacyLog.add({
      id: 'old-entry',
      kind: 'access-export',
      subject: 'Éloïse Tremblay',
      contactId: null,
      at: '2026-01-01T00:00:00.000Z',
      details: 'json'
    })
    await erasePerson(eloise.id)

    const log = await listPrivacyLog()
    // Entries written within one millisecond have no set order
    expect(log.map((e) => [e.kind, e.subject, e.details].join('|')).sort()).toEqual([
      'access-export|Marc Gagnon|json',
      'access-export||json',
      'access-export||xlsx',
      `erasure|Nordik|${log.find((e) => e.kind === 'erasure')?.details}`
    ])
    expect(JSON.stringify(log)).not.toMatch(/[ÉE]lo[iï]se|Tremblay/i)
    expect(JSON.stringify(log)).not.toContain(eloise.id)
  })

  it('takes what was about the person out of drafts: their event-mode lines, or the whole draft', async () => {
    const { eloise, other } = await scene()
    const line = (key: string, parties: unknown[], note = '') => ({ key, parties, note, followUp: 'none' })
    const marc = line('2', [{ type: 'contact', id: other.id }], 'Parler du prêt')
    await saveDraft('event-mode:1', {
      lines: [line('1', [{ type: 'contact', id: eloise.id }]), marc, line('3', [], 'Rappeler Tremblay')]
    })
    await saveDraft('event-mode:2', { lines: [line('1', [{ type: 'contact', id: eloise.id }])] })
    await saveDraft('other-form', { contactId: eloise.id })
    await saveDraft('event-mode:3', { lines: [marc] })
    await erasePerson(eloise.id)

    expect(await getDraft('event-mode:1')).toEqual({ lines: [marc] })
    expect(await getDraft('event-mode:2')).toBeUndefined()
    expect(await getDraft('other-form')).toBeUndefined()
    expect(await getDraft('event-mode:3')).toEqual({ lines: [marc] })
  })

  it('changes nothing when the person does not exist', async () => {
    await scene()
    const before = await snapshotTables(db())
    const error = await erasePerson('nobody').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).key).toBe('errors.notFound')
    expect(await snapshotTables(db())).toEqual(before)
  })

  it('changes nothing when the person is already erased (a second click, another window)', async () => {
    const { eloise } = await scene()
    await erasePerson(eloise.id)
    const before = await snapshotTables(db())
    await expect(erasePerson(eloise.id)).rejects.toMatchObject({ key: 'errors.notFound' })
    expect(await snapshotTables(db())).toEqual(before)
  })
})

describe('retention review', () => {
  it('lists contacts not met for the set number of years', async () => {
    const { eloise, other } = await scene()
    await db().contacts.update(other.id, { lastInteractionAt: '2021-03-01T12:00:00.000Z' })
    const review = await listRetentionReview('2026-11-25')
    expect(review.contacts.map((c) => c.id)).toEqual([other.id])
    await setSetting('retentionYears', 10)
    expect((await listRetentionReview('2026-11-25')).contacts).toEqual([])
    // Ten years before 2026-11-25 is 2016-11-25: the day before is due, that day is not yet
    await db().contacts.update(eloise.id, { lastInteractionAt: '2016-11-24T12:00:00.000Z' })
    await db().contacts.update(other.id, { lastInteractionAt: '2016-11-25T12:00:00.000Z' })
    expect((await listRetentionReview('2026-11-25')).contacts.map((c) => c.id)).toEqual([eloise.id])
  })

  it('names the companies of the contacts listed, not of every contact due', async () => {
    const seen = ['2019-01-10', '2019-06-10', '2020-02-10']
    const due = []
    for (const [i, day] of seen.entries()) {
      const company = await createOrganization(makeOrganization({ name: `Société ${i + 1}` }))
      const contact = await createContact(
        makeContact({ lastName: `Due ${i + 1}`, email: '', organizationId: company.id })
      )
      await db().contacts.update(contact.id, { lastInteractionAt: `${day}T12:00:00.000Z` })
      due.push({ contact, company })
    }
    // three contacts due (default 3 years before 2026-11-25), oldest first; the first two are named
    const review = await listRetentionReview('2026-11-25', 2)
    expect(review.contacts.map((c) => c.id)).toEqual(due.map((d) => d.contact.id))
    expect([...review.organizations]).toEqual([
      [due[0].company.id, 'Société 1'],
      [due[1].company.id, 'Société 2']
    ])
  })

  it('stops before reading the never-met contacts one by one once Settings is left', async () => {
    await scene()
    const left = new AbortController()
    const oneByOne = vi.spyOn(db().contacts, 'bulkGet')
    const review = listRetentionReview('2026-11-25', 50, left.signal)
    left.abort(new DOMException('Settings left', 'AbortError'))
    await expect(review).rejects.toThrow('Settings left')
    expect(oneByOne).not.toHaveBeenCalled()
    oneByOne.mockRestore()
  })

  it('finds the contacts met before the cutoff, whatever the offset written, and those never met', async () => {
    const contact = (lastName: string) => createContact(makeContact({ lastName, email: '' }))
    // 3 years before 2026-11-26: 2023-11-26. 00:30 at UTC+14 is the 25th at 10:30 UTC, the 25th
    // in every time zone west of UTC+13:30, though its own text says the 26th
    const metLongAgo = await contact('Ancien')
    await db().contacts.update(metLongAgo.id, { lastInteractionAt: '2023-11-26T00:30:00+14:00' })
    const neverMetOld = await contact('Jamais')
    await db().contacts.update(neverMetOld.id, { createdAt: '2020-01-01T12:00:00.000Z' })
    const metRecently = await contact('Récent')
    await db().contacts.update(metRecently.id, { lastInteractionAt: '2026-10-01T12:00:00.000Z' })
    await contact('Nouveau') // never met, created today: not due yet
    const review = await listRetentionReview('2026-11-26')
    expect(review.contacts.map((c) => c.lastName)).toEqual(['Jamais', 'Ancien'])
  })
})
