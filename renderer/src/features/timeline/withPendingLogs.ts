import type { TimelineData } from '@renderer/db/repositories/timeline'
import type { Interaction } from '@shared/schemas'

/** The timeline's read plus the quick logs on their way that concern this party and it lacks. */
export function withPendingLogs(
  data: TimelineData | undefined,
  pending: readonly Interaction[],
  party: 'organization' | 'contact',
  id: string
): TimelineData | undefined {
  if (!data || pending.length === 0) return data
  const stored = new Set(data.interactions.map((i) => i.id))
  const ids = (i: Interaction) => (party === 'organization' ? i.organizationIds : i.contactIds)
  const mine = pending.filter((i) => ids(i).includes(id) && !stored.has(i.id))
  return mine.length > 0 ? { ...data, interactions: [...mine, ...data.interactions] } : data
}
