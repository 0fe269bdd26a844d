// The demo's year of interactions: each organization's ordinary meetings, calls and e-mails,
// the encounters at each event, and one site visit whose note holds a word found nowhere else.
import type { Contact, Interaction, Opportunity } from '../../schemas'
import { officeMinute, type Clock } from '../clock'
import type { TextContext } from '../data/interaction-texts'
import { PROGRAMS } from '../data/phrases'
import type { Rng } from '../rng'
import { durationOf, interactionText, KIND_WEIGHTS, type OrdinaryKind } from '../texts'
import type { DemoDirectory } from './directory'
import type { DemoEvent } from './events-and-opportunities'

const DAY_MS = 86_400_000
const ALL_PROGRAMS = Object.values(PROGRAMS).flat()

/** The demo's needle for search tests: only this note says it. */
export const DISTINCTIVE_NOTE_WORDS = 'hydrogène vert'

export interface InteractionDraft {
  kind: Interaction['kind']
  occurredMs: number
  title: string
  notes: string
  organizationIds: string[]
  contacts: Contact[]
  durationMinutes: number | null
  opportunityId?: string | null
  eventId?: string | null
}

export function interactionOf(rng: Rng, clock: Clock, draft: InteractionDraft): Interaction {
  const createdAt = clock.iso(clock.after(draft.occurredMs, rng.int(5, 120)))
  return {
    id: rng.uuid(),
    kind: draft.kind,
    occurredAt: clock.iso(draft.occurredMs),
    durationMinutes: draft.durationMinutes,
    title: draft.title,
    notes: draft.notes,
    organizationIds: draft.organizationIds,
    contactIds: draft.contacts.map((c) => c.id),
    opportunityId: draft.opportunityId ?? null,
    eventId: draft.eventId ?? null,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null
  }
}

type Extras = Pick<TextContext, 'amountCents' | 'program' | 'event'>

function contextOf(directory: DemoDirectory, key: string, contacts: Contact[], extras: Extras): TextContext {
  const spec = directory.specByKey.get(key)
  const org = directory.orgByKey.get(key)
  const person = contacts[0]
  return {
    org: org?.name ?? '',
    who: person ? `${person.firstName} ${person.lastName}` : (org?.name ?? ''),
    place: spec?.district ?? spec?.city ?? '',
    ...extras
  }
}

function ordinary(
  rng: Rng,
  clock: Clock,
  directory: DemoDirectory,
  key: string,
  daysAgo: number,
  files: Opportunity[]
): Interaction {
  const drawn: OrdinaryKind = rng.weighted(KIND_WEIGHTS)
  // A bank or an association has offices, not a plant to tour
  const kind = drawn === 'site-visit' && directory.specByKey.get(key)?.kind !== 'company' ? 'meeting' : drawn
  const people = directory.contactsByOrg.get(key) ?? []
  const contacts = kind === 'note' || people.length === 0 ? [] : rng.sample(people, rng.chance(0.2) ? 2 : 1)
  const day = clock.workday(daysAgo)
  const file = files.find((f) => f.openedOn <= clock.date(-day))
  const language = contacts[0]?.language ?? 'fr'
  const amountCents = file?.requestedCents ?? rng.int(5, 80) * 1_000_000
  const program = file?.program ?? rng.pick(ALL_PROGRAMS)
  const text = interactionText(
    rng,
    kind,
    language,
    contextOf(directory, key, contacts, { amountCents, program, event: '' })
  )
  return interactionOf(rng, clock, {
    kind,
    occurredMs: clock.atMs(day, officeMinute(rng.next())),
    ...text,
    organizationIds: [directory.orgByKey.get(key)?.id ?? ''],
    contacts,
    durationMinutes: durationOf(rng, kind),
    opportunityId: file && rng.chance(0.5) ? file.id : null
  })
}

function encounters(rng: Rng, clock: Clock, directory: DemoDirectory, event: DemoEvent): Interaction[] {
  return event.spec.met.flatMap((key) => {
    const people = directory.contactsByOrg.get(key) ?? []
    if (people.length === 0) return []
    const contacts = [rng.pick(people)]
    const language = contacts[0].language
    const amountCents = rng.int(5, 80) * 1_000_000
    const text = interactionText(
      rng,
      'event-encounter',
      language,
      contextOf(directory, key, contacts, {
        amountCents,
        program: rng.pick(ALL_PROGRAMS),
        event: event.spec.name
      })
    )
    return [
      interactionOf(rng, clock, {
        kind: 'event-encounter',
        occurredMs:
          event.startMs + rng.int(1, Math.max(1, Math.floor(event.spec.minutes / 5) - 4)) * 5 * 60_000,
        ...text,
        organizationIds: [directory.orgByKey.get(key)?.id ?? ''],
        contacts,
        durationMinutes: durationOf(rng, 'event-encounter'),
        eventId: event.record.id
      })
    ]
  })
}

function needle(rng: Rng, clock: Clock, directory: DemoDirectory): Interaction {
  const founder = directory.personByName.get('Étienne Boivin')
  const engineer = directory.personByName.get('Anaïs Dionne')
  return interactionOf(rng, clock, {
    kind: 'site-visit',
    occurredMs: clock.atMs(clock.workday(57), 10 * 60),
    title: 'Visite du banc d’essai à Alma',
    notes:
      `Démonstration de l’électrolyseur : production d’${DISTINCTIVE_NOTE_WORDS} à partir de l’électricité du réseau ` +
      'régional. Premier client industriel visé d’ici un an; le prototype demande environ 150 000 $.',
    organizationIds: [directory.orgByKey.get('peribonka')?.id ?? ''],
    contacts: [founder, engineer].filter((c): c is Contact => c !== undefined),
    durationMinutes: 120
  })
}

export function buildInteractions(
  rng: Rng,
  clock: Clock,
  directory: DemoDirectory,
  events: DemoEvent[],
  opportunities: Opportunity[]
): Interaction[] {
  const interactions: Interaction[] = []
  for (const [key, spec] of directory.specByKey) {
    const orgId = directory.orgByKey.get(key)?.id
    const files = opportunities.filter((o) => o.organizationId === orgId)
    const earliest = spec.quietDays ?? 1
    for (let i = 0; i < spec.interactions; i++) {
      // Every key account but the deliberately stale one was seen recently
      const recent = i === 0 && spec.tier === 'key-account' && spec.quietDays === undefined
      const daysAgo = recent ? rng.int(3, 40) : rng.int(earliest, 365)
      interactions.push(ordinary(rng, clock, directory, key, daysAgo, files))
    }
  }
  for (const event of events)
    if (event.startMs < clock.nowMs - DAY_MS) interactions.push(...encounters(rng, clock, directory, event))
  interactions.push(needle(rng, clock, directory))
  return interactions
}
