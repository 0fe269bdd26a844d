// What search knows of each record: the text it looks in (names and titles first, the rest second)
// and a small card to show and open the result. Pure, so the worker, the tests and the benchmark
// build the same documents.
import type { Contact, FollowUp, Interaction, Opportunity, Organization, RelaisEvent } from '../schemas'
import type { IndexedText } from './SearchIndex'

/** Result groups, in the order the palette shows them. */
export const SEARCH_KINDS = [
  'organization',
  'contact',
  'opportunity',
  'interaction',
  'event',
  'followUp'
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export interface SearchCard {
  kind: SearchKind
  id: string
  /** '' for an interaction logged without a subject: the palette names it by its kind. */
  title: string
  /** Plain texts for the second line (city, role, program…), empty ones dropped. */
  details: string[]
  /** A timestamp or a calendar date to show (when it happened, when it is due). */
  date: string | null
  /** Interaction kind, follow-up status, organization kind. */
  subtype: string | null
  /** The company and person it is about: named in the result, and where Enter goes. */
  organizationId: string | null
  contactId: string | null
  /** Long text the match may be in (notes), for a snippet. */
  text: string
}

export interface SearchDocument {
  kind: SearchKind
  key: string
  text: IndexedText
  /** Larger = more recent: breaks ties between equal matches. */
  recency: number
  card: SearchCard
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ')
const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0)

function card(kind: SearchKind, id: string, fields: Partial<SearchCard>): SearchCard {
  return {
    kind,
    id,
    title: '',
    details: [],
    date: null,
    subtype: null,
    organizationId: null,
    contactId: null,
    text: '',
    ...fields
  }
}

function doc(
  kind: SearchKind,
  id: string,
  text: IndexedText,
  recency: number,
  fields: Partial<SearchCard>
): SearchDocument {
  return { kind, key: `${kind}:${id}`, text, recency, card: card(kind, id, fields) }
}

/** Records named by a title and told by their notes: interactions and follow-ups. */
function noteDocument(
  kind: SearchKind,
  record: { id: string; title: string; notes: string },
  when: string,
  fields: Partial<SearchCard>
): SearchDocument {
  const { id, title, notes } = record
  const text = { primary: title, secondary: notes }
  return doc(kind, id, text, time(when), { title, date: when, text: notes, ...fields })
}

export function organizationDocument(o: Organization): SearchDocument {
  return doc(
    'organization',
    o.id,
    { primary: o.name, secondary: join(o.city, o.mrc, o.industryLabel, o.neq, o.tags.join(' '), o.notes) },
    time(o.lastInteractionAt),
    {
      title: o.name,
      details: [o.city, o.industryLabel].filter(Boolean),
      subtype: o.kind,
      organizationId: o.id,
      text: o.notes
    }
  )
}

export function contactDocument(c: Contact): SearchDocument {
  const name = `${c.firstName} ${c.lastName}`.trim()
  return doc(
    'contact',
    c.id,
    { primary: name, secondary: join(c.role, c.email, c.phone, c.tags.join(' '), c.notes) },
    time(c.lastInteractionAt),
    {
      title: name,
      details: [c.role].filter(Boolean),
      organizationId: c.organizationId,
      contactId: c.id,
      text: c.notes
    }
  )
}

export function opportunityDocument(o: Opportunity): SearchDocument {
  return doc(
    'opportunity',
    o.id,
    { primary: o.title, secondary: join(o.program, o.lostReason, o.notes) },
    time(o.updatedAt),
    {
      title: o.title,
      details: [o.program].filter(Boolean),
      date: o.expectedCloseDate,
      subtype: o.product,
      organizationId: o.organizationId,
      contactId: o.primaryContactId,
      text: o.notes
    }
  )
}

export function interactionDocument(i: Interaction): SearchDocument {
  return noteDocument('interaction', i, i.occurredAt, {
    subtype: i.kind,
    organizationId: i.organizationIds[0] ?? null,
    contactId: i.contactIds[0] ?? null
  })
}

export function eventDocument(e: RelaisEvent): SearchDocument {
  return doc(
    'event',
    e.id,
    { primary: e.name, secondary: join(e.venue, e.city, e.notes) },
    time(e.startsAt),
    {
      title: e.name,
      details: [e.venue, e.city].filter(Boolean),
      date: e.startsAt,
      text: e.notes
    }
  )
}

export function followUpDocument(f: FollowUp): SearchDocument {
  return noteDocument('followUp', f, f.dueDate, {
    subtype: f.status,
    organizationId: f.organizationId,
    contactId: f.contactId
  })
}
