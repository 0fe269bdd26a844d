import { contactDisplayName } from '@shared/domain/list-filters'
import type { Contact, Organization } from '@shared/schemas'

export interface PartyLink {
  key: string
  to: string
  label: string
}

/** The companies then the people of a record, each with its page, skipping those not found. */
export function partyLinks(
  organizations: (Organization | undefined)[],
  contacts: (Contact | undefined)[]
): PartyLink[] {
  return [
    ...organizations.flatMap((o) => (o ? [{ key: o.id, to: `/companies/${o.id}`, label: o.name }] : [])),
    ...contacts.flatMap((c) =>
      c ? [{ key: c.id, to: `/contacts/${c.id}`, label: contactDisplayName(c) }] : []
    )
  ]
}
