// What a company's or a contact's timeline reads, always through indexes: their interactions
// (multi-entry index), follow-ups, financing files and those files' stage changes, plus the names
// of everyone those interactions involve.
import type { TimelineSources } from '@shared/domain/timeline'
import type { Opportunity } from '@shared/schemas'
import { db } from '../schema'
import { listFollowUpsOf } from './followUps'
import { listInteractionsOf } from './interactions'
import { namesOf, type LinkedNames } from './names'
import { isLive, whereAnyOf } from './records'

export type TimelineData = TimelineSources & LinkedNames

const stageChangesOf = (opportunities: Opportunity[]) =>
  whereAnyOf(
    db().stageChanges,
    'opportunityId',
    opportunities.map((o) => o.id)
  )

async function timelineOf(
  party: 'organization' | 'contact',
  id: string,
  files: () => Promise<Opportunity[]>
): Promise<TimelineData> {
  const [interactions, followUps, opportunities] = await Promise.all([
    listInteractionsOf(party === 'organization' ? 'organizationIds' : 'contactIds', id),
    listFollowUpsOf(party === 'organization' ? 'organizationId' : 'contactId', id),
    files()
  ])
  const [stageChanges, names] = await Promise.all([
    stageChangesOf(opportunities),
    namesOf({ interactions, followUps })
  ])
  return { interactions, followUps, opportunities, stageChanges, ...names }
}

export const organizationTimeline = (id: string) =>
  timelineOf('organization', id, async () =>
    (await db().opportunities.where('organizationId').equals(id).toArray()).filter(isLive)
  )

/** A contact's files are those where they are the primary contact. */
export const contactTimeline = (id: string) =>
  timelineOf('contact', id, async () =>
    (await db().opportunities.where('primaryContactId').equals(id).toArray()).filter(isLive)
  )
