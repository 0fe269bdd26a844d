// The table registry: every table of the database, declared once. The Dexie class, the backup
// format, the workspace type, the Trash and the erasure are derived from it; ARCHITECTURE.md says
// how to add a table. Order matters: backups write and restore the tables in this order.
import {
  eraseFromDraft,
  eraseFromFollowUp,
  eraseFromInteraction,
  eraseFromIntroduction,
  eraseFromOpportunity,
  ERASED_OTHER_PERSON_ID,
  ERASED_PERSON_ID,
  isRegisterEntryAbout
} from '../domain/privacy'
import { boardCardSchema } from '../schemas/board-card'
import { captureSchema } from '../schemas/capture'
import { contactSchema } from '../schemas/contact'
import { draftSchema } from '../schemas/draft'
import { eventSchema } from '../schemas/event'
import { followUpSchema } from '../schemas/follow-up'
import { notDuplicateSchema } from '../schemas/not-duplicate'
import { interactionSchema } from '../schemas/interaction'
import { introductionSchema } from '../schemas/introduction'
import { opportunitySchema } from '../schemas/opportunity'
import { organizationSchema } from '../schemas/organization'
import { privacyLogSchema } from '../schemas/privacy-log'
import { savedViewSchema } from '../schemas/saved-view'
import { settingSchema } from '../schemas/settings'
import { stageChangeSchema } from '../schemas/stage-change'
import {
  defineTable,
  tablesWith,
  type EntityOf,
  type RecordsOf,
  type TableName,
  type TablesWith
} from './table-spec'

// deletedAt is indexed: IndexedDB leaves null keys out of an index, so the index holds exactly
// the records in the Trash.
const organizations = defineTable({
  entity: 'organization',
  schema: organizationSchema,
  indexes: { 1: 'id, nameKey, kind, region, tier, *tags, lastInteractionAt, neq, deletedAt, updatedAt' },
  trash: true,
  backup: true,
  workspace: true
})

const contacts = defineTable({
  entity: 'contact',
  schema: contactSchema,
  indexes: { 1: 'id, organizationId, nameKey, email, *tags, lastInteractionAt, deletedAt, updatedAt' },
  trash: true,
  backup: true,
  workspace: true,
  erasure: {
    refersTo: (contact, person) => contact.id === person.contact.id,
    erase: () => null,
    counted: false
  }
})

const opportunities = defineTable({
  entity: 'opportunity',
  schema: opportunitySchema,
  indexes: {
    1: 'id, organizationId, stageId, expectedCloseDate, primaryContactId, *funderIds, deletedAt, updatedAt'
  },
  // The company's name and region copied for the board (renderer/src/db/repositories/fileOrganizations.ts)
  withoutCopies: ({ organization: _copy, ...file }) => file,
  trash: true,
  backup: true,
  workspace: true,
  erasure: {
    refersTo: (o, person) => o.primaryContactId === person.contact.id,
    erase: (o, person) => eraseFromOpportunity(o, person.contact.id),
    counted: false
  }
})

const stageChanges = defineTable({
  entity: 'stageChange',
  schema: stageChangeSchema,
  indexes: { 1: 'id, opportunityId, at' },
  trash: false,
  backup: true,
  workspace: true
})

const interactions = defineTable({
  entity: 'interaction',
  schema: interactionSchema,
  indexes: { 1: 'id, occurredAt, *organizationIds, *contactIds, opportunityId, eventId, deletedAt' },
  trash: true,
  backup: true,
  workspace: true,
  erasure: {
    refersTo: (i, person) => i.contactIds.includes(person.contact.id),
    erase: (i, person) => eraseFromInteraction(i, person.contact.id),
    counted: true,
    review: { among: 'all', text: (i) => `${i.title} ${i.notes}`, title: (i) => i.title }
  }
})

const followUps = defineTable({
  entity: 'followUp',
  schema: followUpSchema,
  indexes: {
    1: 'id, [status+dueDate], organizationId, contactId, opportunityId, interactionId, eventId, deletedAt'
  },
  trash: true,
  backup: true,
  workspace: true,
  erasure: {
    refersTo: (f, person) => f.contactId === person.contact.id,
    erase: (f, person) => eraseFromFollowUp(f, person.contact.id),
    counted: true,
    review: { among: 'all', text: (f) => `${f.title} ${f.notes}`, title: (f) => f.title }
  }
})

const events = defineTable({
  entity: 'event',
  schema: eventSchema,
  indexes: { 1: 'id, startsAt, deletedAt' },
  trash: true,
  backup: true,
  workspace: true
})

/**
 * Earlier versions gave both people of an introduction the same placeholder once both were erased,
 * which the introduction schema refuses: backups of such a database still open, with two.
 */
function repairBothErased(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record
  const { personAId, personBId } = record as { personAId?: unknown; personBId?: unknown }
  return personAId === ERASED_PERSON_ID && personBId === ERASED_PERSON_ID
    ? { ...record, personBId: ERASED_OTHER_PERSON_ID }
    : record
}

const introductions = defineTable({
  entity: 'introduction',
  schema: introductionSchema,
  indexes: { 1: 'id, personAId, personBId, madeAt, eventId, status, deletedAt' },
  trash: true,
  backup: true,
  workspace: true,
  fromOlderBackup: repairBothErased,
  erasure: {
    refersTo: (i, { contact }) => [i.personAId, i.personBId, i.requestedBy].includes(contact.id),
    erase: (i, person) => eraseFromIntroduction(i, person.contact.id),
    counted: true,
    review: { among: 'referring', text: (i) => `${i.reason} ${i.outcomeNote}`, title: (i) => i.reason }
  }
})

const privacyLog = defineTable({
  entity: 'privacyLogEntry',
  schema: privacyLogSchema,
  indexes: { 1: 'id, at, kind' },
  trash: false,
  backup: true,
  workspace: false,
  // The register keeps that an access request was answered, no longer whose
  erasure: {
    refersTo: (entry, person) => isRegisterEntryAbout(entry, person.contact),
    erase: (entry) => ({ ...entry, subject: '', contactId: null }),
    counted: false
  }
})

const settings = defineTable({
  entity: 'setting',
  schema: settingSchema,
  indexes: { 1: 'key' },
  trash: false,
  backup: true,
  workspace: false
})

const savedViews = defineTable({
  entity: 'savedView',
  schema: savedViewSchema,
  indexes: { 1: 'id, scope' },
  trash: false,
  backup: true,
  workspace: false
})

// Unsaved work (event mode's lines) loses what was about the person, or goes whole
const drafts = defineTable({
  entity: 'draft',
  schema: draftSchema,
  indexes: { 1: 'key' },
  trash: false,
  backup: true,
  workspace: false,
  erasure: {
    refersTo: (draft, { contact, terms }) => eraseFromDraft(draft.value, contact.id, terms) !== draft.value,
    erase: (draft, { contact, terms, at }) => {
      const value = eraseFromDraft(draft.value, contact.id, terms)
      return value === null ? null : { ...draft, value, updatedAt: at }
    },
    counted: false
  }
})

// Calendar instances and messages offered for logging, and what became of them (never offered
// twice). A pending meeting keeps its attendees' addresses: erasing a person takes theirs out.
const captures = defineTable({
  entity: 'capture',
  schema: captureSchema,
  indexes: { 3: 'key, status, source, interactionId' },
  trash: false,
  backup: true,
  workspace: false,
  erasure: {
    refersTo: (c, person) =>
      c.meeting?.attendees.some((a) => a.email === person.contact.email.trim().toLowerCase()) === true,
    erase: (c, person) =>
      c.meeting
        ? {
            ...c,
            meeting: {
              ...c.meeting,
              attendees: c.meeting.attendees.filter(
                (a) => a.email !== person.contact.email.trim().toLowerCase()
              )
            }
          }
        : c,
    counted: false
  }
})

// Pairs the officer said are « Pas un doublon » (shared/merge): ids only, nothing to erase
const notDuplicates = defineTable({
  entity: 'notDuplicate',
  schema: notDuplicateSchema,
  indexes: { 3: 'key, entity' },
  trash: false,
  backup: true,
  workspace: false
})

// A copy of each live file's board fields, kept by the database itself in every write of a file
// (renderer/src/db/boardCardsMirror.ts): derived data, so neither backed up nor restored.
const boardCards = defineTable({
  entity: 'boardCard',
  schema: boardCardSchema,
  indexes: { 6: 'id' },
  trash: false,
  backup: false,
  workspace: false
})

export const TABLES = {
  organizations,
  contacts,
  opportunities,
  stageChanges,
  interactions,
  followUps,
  events,
  introductions,
  privacyLog,
  settings,
  savedViews,
  drafts,
  notDuplicates,
  captures,
  boardCards
}

export type AppTables = typeof TABLES
export type AppTableName = TableName<AppTables>
export type BackupTableName = TablesWith<AppTables, 'backup'>
export type WorkspaceTable = TablesWith<AppTables, 'workspace'>
/** Every table a generated workspace fills, as complete stored records. */
export type Workspace = RecordsOf<AppTables, WorkspaceTable>
export type TrashKind = EntityOf<AppTables, TablesWith<AppTables, 'trash'>>

export const BACKUP_TABLES = tablesWith(TABLES, 'backup')
export const WORKSPACE_TABLES = tablesWith(TABLES, 'workspace')
