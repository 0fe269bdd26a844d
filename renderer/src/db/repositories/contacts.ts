import { compareText, personNameKey } from '@shared/domain/text'
import {
  contactInputSchema,
  contactSchema,
  emailFromPaste,
  parseOrThrow,
  type Contact,
  type ContactInput
} from '@shared/schemas'
import { ValidationError } from '@shared/errors'
import { db } from '../schema'
import {
  assertRevision,
  getOrThrow,
  isLive,
  newMeta,
  nowIso,
  restoreFromTrash,
  softDelete,
  liveRows
} from './records'

async function assertOrganizationExists(organizationId: string | null): Promise<void> {
  if (!organizationId) return
  const organization = await db().organizations.get(organizationId)
  if (!isLive(organization))
    throw new ValidationError([{ path: 'organizationId', key: 'validation.organizationMissing' }])
}

export function buildContact(input: ContactInput, at = nowIso()): Contact {
  const parsed = parseOrThrow(contactInputSchema, input)
  return parseOrThrow(contactSchema, {
    ...parsed,
    ...newMeta(at),
    nameKey: personNameKey(parsed.firstName, parsed.lastName),
    lastInteractionAt: null,
    erasedAt: null
  })
}

export async function createContact(input: ContactInput): Promise<Contact> {
  const record = buildContact(input)
  return db().transaction('rw', db().contacts, db().organizations, async () => {
    await assertOrganizationExists(record.organizationId)
    await db().contacts.add(record)
    return record
  })
}

/** `expectedRevision`: the revision the form read; a save over a later one throws StaleRecordError. */
export async function updateContact(
  id: string,
  patch: Partial<ContactInput>,
  expectedRevision?: number
): Promise<Contact> {
  return db().transaction('rw', db().contacts, db().organizations, async () => {
    const current = await getOrThrow(db().contacts, id)
    assertRevision(current, expectedRevision)
    // The form knows no withdrawal of consent: an edit keeps the one recorded
    const withdrawnAt = patch.consent?.withdrawnAt ?? current.consent.withdrawnAt
    const consent = patch.consent && withdrawnAt ? { ...patch.consent, withdrawnAt } : patch.consent
    const parsed = parseOrThrow(contactInputSchema, {
      ...current,
      ...patch,
      consent: consent ?? current.consent
    })
    await assertOrganizationExists(parsed.organizationId)
    const next = parseOrThrow(contactSchema, {
      ...current,
      ...parsed,
      nameKey: personNameKey(parsed.firstName, parsed.lastName),
      updatedAt: nowIso()
    })
    await db().contacts.put(next)
    return next
  })
}

export const deleteContact = (id: string) => softDelete(db().contacts, id)
export const restoreContact = (id: string) => restoreFromTrash(db().contacts, id)

export async function getContact(id: string): Promise<Contact | undefined> {
  const record = await db().contacts.get(id)
  return isLive(record) ? record : undefined
}

export async function listContacts(): Promise<Contact[]> {
  return liveRows(db().contacts)
}

export async function listContactsOfOrganization(organizationId: string): Promise<Contact[]> {
  return (await db().contacts.where('organizationId').equals(organizationId).toArray()).filter(isLive)
}

export async function getContactsByIds(ids: string[]): Promise<Contact[]> {
  return (await db().contacts.bulkGet(ids)).filter(isLive)
}

/** Live contacts with this e-mail, whatever its case (a new person's duplicate check). */
export async function findContactsByEmail(email: string): Promise<Contact[]> {
  const wanted = emailFromPaste(email.trim())
  if (!wanted) return []
  return (await db().contacts.where('email').equalsIgnoreCase(wanted).toArray()).filter(isLive)
}

/** Every tag in use, in reading order (see allOrganizationTags). */
export async function allContactTags(): Promise<string[]> {
  return (await db().contacts.orderBy('tags').uniqueKeys()).map(String).sort(compareText)
}
