import type { SearchHit } from '@shared/search/engine'

/** Where Enter on a result goes: the record's own page, or the page of whom it is about. */
export function resultPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'organization':
      return `/companies/${hit.id}`
    case 'contact':
      return `/contacts/${hit.id}`
    case 'event':
      return `/events/${hit.id}`
    default:
      if (hit.organizationId) return `/companies/${hit.organizationId}`
      if (hit.contactId) return `/contacts/${hit.contactId}`
      return hit.kind === 'opportunity' ? '/pipeline' : '/today'
  }
}
