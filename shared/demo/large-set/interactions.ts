// The large workspace's 100,000 interactions over three years, organization by organization, made
// in slices so a writer can store each slice and drop it. Follow-ups are set along the way.
import type { FollowUp, Interaction } from '../../schemas'
import { officeMinute, type Clock } from '../clock'
import type { TextContext } from '../data/interaction-texts'
import { PROGRAMS } from '../data/phrases'
import type { Rng } from '../rng'
import type { LastSeen } from '../last-seen'
import { durationOf, interactionText, KIND_WEIGHTS, type OrdinaryKind } from '../texts'
import type { LargeContacts } from './contacts'
import type { PastEvent } from './events'
import { followUpFrom } from './follow-ups'
import type { LargeOpportunities } from './opportunities'
import type { LargeOrganizations } from './organizations'
import { HISTORY_DAYS, type WorkspaceShape } from './plan'

const KINDS: readonly (readonly [OrdinaryKind, number])[] = [...KIND_WEIGHTS, ['event-encounter', 5]]
const ALL_PROGRAMS = Object.values(PROGRAMS).flat()

export interface InteractionSources {
  orgs: LargeOrganizations
  contacts: LargeContacts
  files: LargeOpportunities
  pastEvents: PastEvent[]
  perOrg: Int32Array
  counts: WorkspaceShape['counts']
}

/** Fills `followUps` and `seen` as it goes; yields interactions in slices of `sliceSize`. */
export function* buildInteractions(
  rng: Rng,
  clock: Clock,
  sources: InteractionSources,
  out: { followUps: FollowUp[]; seen: LastSeen },
  sliceSize = 10_000
): Generator<Interaction[]> {
  const { orgs, contacts, files, pastEvents, perOrg } = sources
  const total = sources.counts.interactions
  const wanted = sources.counts.followUps
  let slice: Interaction[] = []
  // One context reused: 100,000 throwaway objects would only feed the garbage collector
  const context: TextContext = { org: '', who: '', place: '', program: '', amountCents: 0, event: '' }
  let index = 0
  for (let o = 0; o < perOrg.length; o++) {
    const org = orgs.records[o]
    const people = contacts.start[o + 1] - contacts.start[o]
    const fileCount = files.start[o + 1] - files.start[o]
    for (let j = 0; j < perOrg[o]; j++, index++) {
      let kind = rng.weighted(KINDS)
      if (kind === 'site-visit' && org.kind !== 'company') kind = 'meeting'
      const event = kind === 'event-encounter' && pastEvents.length > 0 ? rng.pick(pastEvents) : null
      if (kind === 'event-encounter' && !event) kind = 'meeting'
      const daysAgo = event
        ? event.daysAgo
        : clock.workday(1 + Math.floor((HISTORY_DAYS - 1) * Math.pow(rng.next(), 1.3)))
      const occurredMs = event
        ? event.startMs + rng.int(1, Math.max(1, event.minutes / 5 - 2)) * 5 * 60_000
        : clock.atMs(daysAgo, officeMinute(rng.next()))
      const contactCount = people === 0 || kind === 'note' ? 0 : rng.chance(0.15) ? Math.min(2, people) : 1
      const first = contacts.start[o] + rng.int(0, Math.max(0, people - contactCount))
      const who = contactCount > 0 ? contacts.records[first] : null
      const contactIds: string[] = []
      for (let c = 0; c < contactCount; c++) contactIds.push(contacts.records[first + c].id)
      const file = fileCount > 0 ? files.start[o] + rng.int(0, fileCount - 1) : -1
      const linked = file >= 0 && files.openedDaysAgo[file] > daysAgo && rng.chance(0.35)
      const language = who?.language ?? (orgs.english[o] === 1 ? 'en' : 'fr')
      const whoName = who ? `${who.firstName} ${who.lastName}` : org.name
      context.org = org.name
      context.who = whoName
      context.place = org.city || 'Saguenay'
      context.program = rng.pick(ALL_PROGRAMS)
      context.amountCents = rng.int(5, 300) * 1_000_000
      context.event = event?.name ?? ''
      const text = interactionText(rng, kind, language, context)
      const createdMs = clock.after(occurredMs, rng.int(5, 120))
      const createdAt = clock.iso(createdMs)
      const interaction: Interaction = {
        id: rng.uuid(),
        kind,
        occurredAt: clock.iso(occurredMs),
        durationMinutes: durationOf(rng, kind),
        title: text.title,
        notes: text.notes,
        organizationIds: [org.id],
        contactIds,
        opportunityId: linked ? files.records[file].id : null,
        eventId: event?.id ?? null,
        createdAt,
        updatedAt: createdAt,
        deletedAt: null
      }
      out.seen.note(interaction.organizationIds, occurredMs)
      out.seen.note(contactIds, occurredMs)
      // Exactly `wanted` follow-ups, evenly spread over the interactions
      if (Math.floor(((index + 1) * wanted) / total) > Math.floor((index * wanted) / total)) {
        out.followUps.push(
          followUpFrom(rng, clock, {
            interaction,
            createdMs,
            daysAgo,
            organizationId: org.id,
            language,
            who: whoName
          })
        )
      }
      slice.push(interaction)
      if (slice.length === sliceSize) {
        yield slice
        slice = []
      }
    }
  }
  if (slice.length > 0) yield slice
}
