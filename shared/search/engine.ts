// The search engine as the palette talks to it: tables of records in (whole or changed ones), ranked
// and grouped cards out. Plain messages, so it runs the same in a Web Worker, in the page and in
// tests.
import type { Contact, FollowUp, Interaction, Opportunity, Organization, RelaisEvent } from '../schemas'
import {
  SEARCH_KINDS,
  contactDocument,
  eventDocument,
  followUpDocument,
  interactionDocument,
  opportunityDocument,
  organizationDocument,
  type SearchCard,
  type SearchDocument,
  type SearchKind
} from './documents'
import { SearchIndex, type HighlightRule } from './SearchIndex'

export interface SearchRecordOf {
  organizations: Organization
  contacts: Contact
  opportunities: Opportunity
  interactions: Interaction
  events: RelaisEvent
  followUps: FollowUp
}
export type SearchTable = keyof SearchRecordOf
export const SEARCH_TABLES = [
  'organizations',
  'contacts',
  'opportunities',
  'interactions',
  'events',
  'followUps'
] as const satisfies readonly SearchTable[]

const KIND_OF_TABLE = {
  organizations: 'organization',
  contacts: 'contact',
  opportunities: 'opportunity',
  interactions: 'interaction',
  events: 'event',
  followUps: 'followUp'
} as const satisfies Record<SearchTable, SearchKind>

const DOCUMENT_OF: { [T in SearchTable]: (record: SearchRecordOf[T]) => SearchDocument } = {
  organizations: organizationDocument,
  contacts: contactDocument,
  opportunities: opportunityDocument,
  interactions: interactionDocument,
  events: eventDocument,
  followUps: followUpDocument
}

/** A result card with the names of the company and the person it is about. */
export interface SearchHit extends SearchCard {
  organizationName: string | null
  contactName: string | null
}

export interface SearchGroupResult {
  kind: SearchKind
  hits: SearchHit[]
  total: number
}

export interface SearchAnswer {
  id: number
  query: string
  groups: SearchGroupResult[]
  primary: HighlightRule
  secondary: HighlightRule
}

/** Records of one table (the worker trusts the table name to say which kind they are). */
export interface PutRequest<T extends SearchTable = SearchTable> {
  type: 'put'
  table: T
  records: SearchRecordOf[T][]
}

export type SearchRequest =
  | PutRequest
  | { type: 'remove'; table: SearchTable; ids: string[] }
  | { type: 'clear'; table: SearchTable }
  | { type: 'query'; id: number; query: string; limit: number; namesOnly?: boolean }

const keyOf = (table: SearchTable, id: string) => `${KIND_OF_TABLE[table]}:${id}`

export class SearchEngine {
  private readonly index = new SearchIndex<SearchCard>(SEARCH_KINDS.length)

  get size(): number {
    return this.index.size
  }

  /** Apply a request; queries return their answer. */
  handle(request: SearchRequest): SearchAnswer | undefined {
    if (request.type === 'query')
      return { id: request.id, ...this.search(request.query, request.limit, request.namesOnly) }
    if (request.type === 'put') this.put(request.table, request.records)
    else if (request.type === 'remove')
      request.ids.forEach((id) => this.index.remove(keyOf(request.table, id)))
    else this.index.removeByPrefix(`${KIND_OF_TABLE[request.table]}:`)
    return undefined
  }

  /** Add or replace records; those in the Trash leave the index. */
  put<T extends SearchTable>(table: T, records: SearchRecordOf[T][]): void {
    const documentOf: (record: SearchRecordOf[T]) => SearchDocument = DOCUMENT_OF[table]
    for (const record of records) {
      if (record.deletedAt !== null) this.index.remove(keyOf(table, record.id))
      else {
        const document = documentOf(record)
        const group = SEARCH_KINDS.indexOf(document.kind)
        this.index.add(document.key, group, document.text, document.recency, document.card)
      }
    }
  }

  /** `namesOnly`: match names and titles only (the pickers that offer a person or a company). */
  search(query: string, limit: number, namesOnly = false): Omit<SearchAnswer, 'id'> {
    const result = this.index.search(query, limit, namesOnly)
    const groups = result.groups
      .map((group, at) => ({ kind: SEARCH_KINDS[at], total: group.total, hits: group.hits.map(this.named) }))
      .filter((group) => group.total > 0)
    return { query, groups, primary: result.primary, secondary: result.secondary }
  }

  private readonly named = (card: SearchCard): SearchHit => ({
    ...card,
    organizationName: this.titleOf('organization', card.organizationId, card.kind),
    contactName: this.titleOf('contact', card.contactId, card.kind)
  })

  private titleOf(kind: SearchKind, id: string | null, own: SearchKind): string | null {
    if (id === null || kind === own) return null
    return this.index.payloadOf(`${kind}:${id}`)?.title ?? null
  }
}
