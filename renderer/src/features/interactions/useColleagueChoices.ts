// After a company is picked, the empty picker offers its people (not yet chosen): Enter adds the
// first, Enter again the next, so two people of one company cost two keys, not two names.
import { useMemo } from 'react'
import { listContactsOfOrganization } from '@renderer/db/repositories/contacts'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { contactDisplayName } from '@shared/domain/list-filters'
import { compareText } from '@shared/domain/text'
import { partyKey, type PartyRef } from './parties'

export function useColleagueChoices(organizationId: string | null, chosen: readonly PartyRef[]): PartyRef[] {
  const contacts = useDbQuery(
    async () => (organizationId ? listContactsOfOrganization(organizationId) : []),
    [organizationId]
  ).data
  return useMemo(() => {
    const taken = new Set(chosen.map(partyKey))
    return (contacts ?? [])
      .map((c) => ({ id: c.id, name: contactDisplayName(c) }))
      .sort((a, b) => compareText(a.name, b.name))
      .map((c): PartyRef => ({ type: 'contact', id: c.id }))
      .filter((p) => !taken.has(partyKey(p)))
  }, [contacts, chosen])
}
