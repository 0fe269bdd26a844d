// The people and companies a log is about: existing records by id, or names to create in the save.
import type { QuickLogRequest } from '@renderer/db/repositories/quickLog'

export type PartyRef =
  | { type: 'organization' | 'contact'; id: string }
  | { type: 'new-organization' | 'new-contact'; name: string }

export const partyKey = (party: PartyRef): string =>
  'id' in party ? `${party.type}:${party.id}` : `${party.type}:${party.name}`

export const idsOf = (parties: readonly PartyRef[], type: 'organization' | 'contact'): string[] =>
  parties.flatMap((p) => (p.type === type ? [p.id] : []))

/** "Jean-François De La Roche" → first name "Jean-François", last name "De La Roche". */
export function splitPersonName(name: string): { firstName: string; lastName: string } {
  const [firstName, ...rest] = name.trim().split(/\s+/)
  return { firstName: firstName ?? '', lastName: rest.join(' ') }
}

/** The parties part of a quick-log save. */
export function partiesRequest(
  parties: readonly PartyRef[]
): Pick<QuickLogRequest, 'organizationIds' | 'contactIds' | 'newOrganizations' | 'newContacts'> {
  return {
    organizationIds: idsOf(parties, 'organization'),
    contactIds: idsOf(parties, 'contact'),
    newOrganizations: parties.flatMap((p) => (p.type === 'new-organization' ? [{ name: p.name }] : [])),
    newContacts: parties.flatMap((p) => (p.type === 'new-contact' ? [splitPersonName(p.name)] : []))
  }
}
