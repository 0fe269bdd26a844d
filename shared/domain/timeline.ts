// A relationship's timeline: interactions, follow-ups and the stage changes of its financing files,
// newest first, grouped by month with counts per kind. Pure: the caller reads the records.
import type { FollowUp } from '../schemas/follow-up'
import type { Interaction } from '../schemas/interaction'
import type { Opportunity } from '../schemas/opportunity'
import type { StageChange } from '../schemas/stage-change'
import { localMinuteKey } from './dates'

export type TimelineEntry =
  | { type: 'interaction'; id: string; at: string; interaction: Interaction }
  | { type: 'follow-up'; id: string; at: string; followUp: FollowUp }
  | { type: 'stage-change'; id: string; at: string; change: StageChange; opportunity: Opportunity }

export type TimelineEntryType = TimelineEntry['type']

export interface TimelineMonth {
  /** "2026-03" */
  month: string
  counts: Record<TimelineEntryType, number>
  entries: TimelineEntry[]
}

export interface TimelineSources {
  interactions: Interaction[]
  followUps: FollowUp[]
  opportunities: Opportunity[]
  stageChanges: StageChange[]
}

/**
 * Where a follow-up sits: a done one when it was done; an open or cancelled one on its due date,
 * at the end of that day (a calendar date, in no time zone, so the 3rd stays the 3rd).
 */
function followUpKey(followUp: FollowUp, timeZone: string | undefined): string {
  if (followUp.status === 'done' && followUp.doneAt) return localMinuteKey(followUp.doneAt, timeZone)
  return `${followUp.dueDate}T23:59`
}

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/**
 * Sort keys are local "YYYY-MM-DDTHH:mm" strings (in `timeZone`, default the system's), so
 * timestamps and calendar dates interleave.
 */
export function timelineEntries(sources: TimelineSources, timeZone?: string): TimelineEntry[] {
  const files = new Map(sources.opportunities.map((o) => [o.id, o]))
  const entries: TimelineEntry[] = [
    ...sources.interactions.map((interaction) => ({
      type: 'interaction' as const,
      id: interaction.id,
      at: localMinuteKey(interaction.occurredAt, timeZone),
      interaction
    })),
    ...sources.followUps.map((followUp) => ({
      type: 'follow-up' as const,
      id: followUp.id,
      at: followUpKey(followUp, timeZone),
      followUp
    })),
    ...sources.stageChanges.flatMap((change) => {
      const opportunity = files.get(change.opportunityId)
      if (!opportunity) return []
      const at = localMinuteKey(change.at, timeZone)
      return [{ type: 'stage-change' as const, id: change.id, at, change, opportunity }]
    })
  ]
  // Keys and ids are ASCII of one shape: a plain comparison orders them as the collator did, faster
  return entries.sort((a, b) => descending(a.at, b.at) || descending(b.id, a.id))
}

const noCounts = (): Record<TimelineEntryType, number> => ({
  interaction: 0,
  'follow-up': 0,
  'stage-change': 0
})

/** Entries (newest first) grouped by month, newest month first. */
export function groupByMonth(entries: readonly TimelineEntry[]): TimelineMonth[] {
  const months: TimelineMonth[] = []
  for (const entry of entries) {
    const month = entry.at.slice(0, 7)
    let current = months[months.length - 1]
    if (current?.month !== month) months.push((current = { month, counts: noCounts(), entries: [] }))
    current.counts[entry.type] += 1
    current.entries.push(entry)
  }
  return months
}

/** The first `limit` entries, still grouped, with each month's counts over all its entries. */
export function firstEntries(months: readonly TimelineMonth[], limit: number): TimelineMonth[] {
  const out: TimelineMonth[] = []
  let left = limit
  for (const month of months) {
    if (left <= 0) break
    out.push({ ...month, entries: month.entries.slice(0, left) })
    left -= month.entries.length
  }
  return out
}
