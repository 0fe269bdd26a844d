// Links between records: which field of which table points to which kind of record, and how a link
// to a record that is gone is cut. Purging a record from the Trash cuts the links to it in the same
// transaction; a backup written before that rule may still hold such links, cut on restore.
import { ERASED_OTHER_PERSON_ID, ERASED_PERSON_ID, isErasedPersonId } from '../domain/privacy'

export type LinkTarget = 'organization' | 'contact' | 'opportunity' | 'interaction' | 'event' | 'introduction'

/**
 * How a link to a gone record is cut: `list` drops the id, `optional` sets null, `person` puts the
 * erased-person placeholder (an introduction needs two people), `owner` means the record belongs to
 * the gone one and goes with it (a file's stage changes), `required` cannot be cut (a file's company).
 */
export type CutRule = 'list' | 'optional' | 'person' | 'owner' | 'required'

export interface LinkSpec {
  table: string
  field: string
  target: LinkTarget
  cut: CutRule
}

const link = (table: string, field: string, target: LinkTarget, cut: CutRule): LinkSpec => ({
  table,
  field,
  target,
  cut
})

export const LINKS: readonly LinkSpec[] = [
  link('contacts', 'organizationId', 'organization', 'optional'),
  link('opportunities', 'organizationId', 'organization', 'required'),
  link('opportunities', 'primaryContactId', 'contact', 'optional'),
  link('opportunities', 'funderIds', 'organization', 'list'),
  link('stageChanges', 'opportunityId', 'opportunity', 'owner'),
  link('interactions', 'organizationIds', 'organization', 'list'),
  link('interactions', 'contactIds', 'contact', 'list'),
  link('interactions', 'opportunityId', 'opportunity', 'optional'),
  link('interactions', 'eventId', 'event', 'optional'),
  link('followUps', 'organizationId', 'organization', 'optional'),
  link('followUps', 'contactId', 'contact', 'optional'),
  link('followUps', 'opportunityId', 'opportunity', 'optional'),
  link('followUps', 'interactionId', 'interaction', 'optional'),
  link('followUps', 'eventId', 'event', 'optional'),
  link('followUps', 'introductionId', 'introduction', 'optional'),
  link('events', 'organizerIds', 'organization', 'list'),
  link('introductions', 'personAId', 'contact', 'person'),
  link('introductions', 'personBId', 'contact', 'person'),
  link('introductions', 'requestedBy', 'contact', 'optional'),
  link('introductions', 'eventId', 'event', 'optional')
]

export const TARGET_TABLES: Readonly<Record<LinkTarget, string>> = {
  organization: 'organizations',
  contact: 'contacts',
  opportunity: 'opportunities',
  interaction: 'interactions',
  event: 'events',
  introduction: 'introductions'
}

type AnyRecord = Record<string, unknown>

/** True when the record's field names a gone record (the erased-person placeholders never are). */
export function pointsToGone(record: AnyRecord, spec: LinkSpec, isGone: (id: string) => boolean): boolean {
  const value = record[spec.field]
  const ids = Array.isArray(value) ? value : [value]
  return ids.some((id) => typeof id === 'string' && !isErasedPersonId(id) && isGone(id))
}

/**
 * The record with its links to gone records cut (`owner`: null, the record goes too; `required`:
 * the record unchanged, the caller decides).
 */
export function cutLinks(
  record: AnyRecord,
  spec: LinkSpec,
  isGone: (id: string) => boolean
): AnyRecord | null {
  const value = record[spec.field]
  const gone = (id: unknown) => typeof id === 'string' && !isErasedPersonId(id) && isGone(id)
  switch (spec.cut) {
    case 'owner':
      return null
    case 'required':
      return record
    case 'optional':
      return { ...record, [spec.field]: null }
    case 'list': {
      const next = { ...record, [spec.field]: (value as unknown[]).filter((id) => !gone(id)) }
      // A meeting needs someone: one whose only party is gone keeps the erased-person placeholder
      const parties = (field: string) => (next[field] as unknown[] | undefined)?.length ?? 0
      if (spec.table === 'interactions' && parties('organizationIds') + parties('contactIds') === 0)
        next.contactIds = [ERASED_PERSON_ID]
      return next
    }
    case 'person': {
      const other = record[spec.field === 'personAId' ? 'personBId' : 'personAId']
      return {
        ...record,
        [spec.field]: other === ERASED_PERSON_ID ? ERASED_OTHER_PERSON_ID : ERASED_PERSON_ID
      }
    }
  }
}
