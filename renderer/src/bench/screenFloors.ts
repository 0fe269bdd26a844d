// Setup and floors of the benchmark's later screen figures (10 to 14): Today in full, Impact and
// Reports over a year, an event-mode draft of 20 encounters, and the palette's query. Each floor
// reads (or writes) the same records straight from IndexedDB, with nothing rendered.
import { db } from '@renderer/db/schema'
import { loadReportData } from '@renderer/db/repositories/reportData'
import { saveDraft } from '@renderer/db/repositories/drafts'
import { EVENT_DRAFT_PREFIX } from '@renderer/db/repositories/eventDrafts'
import { runningSearchClient } from '@renderer/features/search'
import { addCalendarDays, todayDate } from '@shared/domain/dates'
import type { Period } from '@shared/reports/types'

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** The last twelve months up to today: "a year" whatever the date of the run. */
export function lastYear(): Period {
  const today = todayDate()
  return { from: addCalendarDays(today, -364), to: today }
}

/**
 * An event-mode draft of `count` lines (a person of a different company on each, a follow-up on
 * every other line) on the latest event that has taken place; returns the event's id.
 */
export async function seedEncounterDraft(count: number): Promise<string> {
  const nowIso = new Date().toISOString()
  const past = (await db().events.toArray()).filter((e) => !e.deletedAt && (e.endsAt ?? e.startsAt) < nowIso)
  const event = past.sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0]
  const people = (
    await db()
      .contacts.limit(count * 40)
      .toArray()
  ).filter((c) => c.organizationId !== null && !c.deletedAt)
  // Event mode's draft lines (features/events/encounterLines.ts), checked by its schema when read
  const lines: object[] = []
  const seen = new Set<string>()
  for (const person of people) {
    if (lines.length === count || seen.has(person.organizationId ?? '')) continue
    seen.add(person.organizationId ?? '')
    lines.push({
      key: crypto.randomUUID(),
      parties: [
        { type: 'organization', id: person.organizationId ?? '' },
        { type: 'contact', id: person.id }
      ],
      note: `Rencontré ${person.firstName} : projet d’agrandissement, rappeler après la soirée.`,
      followUp: lines.length % 2 === 0 ? 'next-week' : 'none'
    })
  }
  await saveDraft(`${EVENT_DRAFT_PREFIX}${event.id}`, { lines })
  return event.id
}

/** What Today lists: companies flagged at risk and open follow-ups. */
export async function todayCounts(): Promise<{ flagged: number; open: number }> {
  const organizations = await db().organizations.toArray()
  const open = await db()
    .followUps.where('[status+dueDate]')
    .between(['open', ''], ['open', '\uffff'])
    .count()
  return { flagged: organizations.filter((o) => o.riskFlag.level !== 'none' && !o.deletedAt).length, open }
}

/** Copies of stored records under new ids (the floor writes them, then takes them away). */
const copies = <T extends { id: string }>(records: T[]) =>
  records.map((r) => ({ ...r, id: crypto.randomUUID() }))

export const screenFloors = {
  /** Today's reads: open follow-ups with their organizations, and the flagged companies'. */
  todayFull: () =>
    timed(async () => {
      const open = await db()
        .followUps.where('[status+dueDate]')
        .between(['open', ''], ['open', '\uffff'])
        .toArray()
      await db().organizations.bulkGet([...new Set(open.map((f) => f.organizationId ?? ''))])
      const flagged = (await db().organizations.toArray()).filter((o) => o.riskFlag.level !== 'none')
      await db()
        .followUps.where('organizationId')
        .anyOf(flagged.map((o) => o.id))
        .toArray()
    }),
  impact: () => timed(() => loadReportData('impact', lastYear())),
  report: () => timed(() => loadReportData('activity', lastYear())),
  /** 20 interactions and 10 follow-ups put in one transaction, no validation. */
  encounters: async (count: number) => {
    const interactions = copies(await db().interactions.limit(count).toArray())
    const followUps = copies(
      await db()
        .followUps.limit(count / 2)
        .toArray()
    )
    const ms = await timed(() =>
      db().transaction('rw', db().interactions, db().followUps, async () => {
        await db().interactions.bulkPut(interactions)
        await db().followUps.bulkPut(followUps)
      })
    )
    await db().interactions.bulkDelete(interactions.map((i) => i.id))
    await db().followUps.bulkDelete(followUps.map((f) => f.id))
    return ms
  },
  /** The running index's answer to a query, without rendering it. */
  palette: (query: string) =>
    timed(async () => {
      const client = runningSearchClient()
      if (!client) throw new Error('the search index is not running')
      await client.query(query, 5)
    })
}
