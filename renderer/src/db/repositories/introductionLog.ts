// The interaction that records a made introduction on both people's timelines. It shares the
// introduction's id, so the two are found from each other without a link field in the schema.
import type { Contact, Interaction, Introduction } from '@shared/schemas'
import { db } from '../schema'
import { buildInteraction, noteInteraction, recomputeLastInteraction } from './interactions'
import type { IntroductionTexts } from './introductions'
import { isLive, softDelete } from './records'

function logOf(record: Introduction, people: Contact[], texts: IntroductionTexts): Interaction {
  const organizationIds = people.flatMap((p) => p.organizationId ?? [])
  const built = buildInteraction({
    kind: 'introduction',
    occurredAt: texts.loggedAt,
    title: texts.logTitle,
    notes: record.reason,
    organizationIds,
    contactIds: [record.personAId, record.personBId],
    eventId: record.eventId
  })
  return { ...built, id: record.id }
}

/** Made (or further): the log exists and says what the introduction says; proposed: no log. */
export async function syncIntroductionLog(
  record: Introduction,
  people: Contact[],
  texts: IntroductionTexts
): Promise<void> {
  const current = await db().interactions.get(record.id)
  if (record.status === 'proposed') {
    if (!isLive(current)) return
    await softDelete(db().interactions, record.id)
    await recomputeLastInteraction(current.organizationIds, current.contactIds)
    return
  }
  const employers = await db().organizations.bulkGet(people.flatMap((p) => p.organizationId ?? []))
  const live = new Set(employers.filter(isLive).map((o) => o.id))
  const next = logOf(record, people, texts)
  next.organizationIds = next.organizationIds.filter((id) => live.has(id))
  // An edit keeps the day it was logged unless the made date moved
  const unchanged = current && current.occurredAt.slice(0, 10) === next.occurredAt.slice(0, 10)
  const log = current
    ? { ...next, createdAt: current.createdAt, occurredAt: unchanged ? current.occurredAt : next.occurredAt }
    : next
  await db().interactions.put(log)
  if (current) {
    await recomputeLastInteraction(
      [...current.organizationIds, ...log.organizationIds],
      [...current.contactIds, ...log.contactIds]
    )
  } else await noteInteraction(log)
}
