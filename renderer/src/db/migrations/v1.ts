import type { Migration } from './index'

// deletedAt is indexed: IndexedDB leaves null keys out of an index, so the index holds exactly
// the records in the Trash.
export const v1: Migration = {
  version: 1,
  stores: {
    organizations: 'id, nameKey, kind, region, tier, *tags, lastInteractionAt, neq, deletedAt, updatedAt',
    contacts: 'id, organizationId, nameKey, email, *tags, lastInteractionAt, deletedAt, updatedAt',
    opportunities:
      'id, organizationId, stageId, expectedCloseDate, primaryContactId, *funderIds, deletedAt, updatedAt',
    stageChanges: 'id, opportunityId, at',
    interactions: 'id, occurredAt, *organizationIds, *contactIds, opportunityId, eventId, deletedAt',
    followUps:
      'id, [status+dueDate], organizationId, contactId, opportunityId, interactionId, eventId, deletedAt',
    events: 'id, startsAt, deletedAt',
    introductions: 'id, personAId, personBId, madeAt, eventId, status, deletedAt',
    privacyLog: 'id, at, kind',
    settings: 'key',
    savedViews: 'id, scope',
    drafts: 'key'
  }
}
