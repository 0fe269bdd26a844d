// What the party picker offers for a search: matching companies, then contacts, then "create".
// Matching is synchronous over the folded-name directory, so Enter always picks what is shown.
import { useMemo } from 'react'
import { getPartyLabels, type PartyDirectory, type PartyLabel } from '@renderer/db/repositories/parties'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { matchNames } from '@shared/domain/name-match'
import { organizationNameKey } from '@shared/domain/text'
import { idsOf, partyKey, type PartyRef } from './parties'

const PER_TYPE = 6

export function usePartyChoices(
  search: string,
  chosen: readonly PartyRef[],
  directory: PartyDirectory | undefined,
  allowCreate: boolean,
  /** Offer "create contact" before "create company" while nobody is chosen (event mode). */
  personFirst = false
): PartyRef[] {
  return useMemo(() => {
    const name = search.trim()
    // Until the names are loaded, offer nothing rather than "create" for a company that exists
    if (!name || !directory) return []
    const taken = new Set(chosen.map(partyKey))
    const pick = (type: 'organization' | 'contact', names: PartyDirectory['contacts']) =>
      matchNames(names, name, PER_TYPE + chosen.length)
        .map((n): PartyRef => ({ type, id: n.id }))
        .filter((p) => !taken.has(partyKey(p)))
        .slice(0, PER_TYPE)
    const matches = [...pick('organization', directory.organizations), ...pick('contact', directory.contacts)]
    if (!allowCreate) return matches
    const exact = directory.organizations.some((o) => o.key === organizationNameKey(name))
    const organization: PartyRef[] = exact ? [] : [{ type: 'new-organization', name }]
    const person: PartyRef[] = [{ type: 'new-contact', name }]
    const hasPerson = chosen.some((p) => p.type === 'contact' || p.type === 'new-contact')
    const creations = personFirst && !hasPerson ? [...person, ...organization] : [...organization, ...person]
    return [...matches, ...creations]
  }, [search, chosen, directory, allowCreate, personFirst])
}

/** Labels of the parties shown (chosen and offered), by partyKey. */
export function usePartyLabels(parties: readonly PartyRef[]): Map<string, PartyLabel> {
  const organizationIds = idsOf(parties, 'organization')
  const contactIds = idsOf(parties, 'contact')
  const key = [...organizationIds, '|', ...contactIds].join(',')
  const labels = useDbQuery(
    () => getPartyLabels(organizationIds, contactIds),
    // the ids, joined, describe the query
    [key]
  ).data
  return useMemo(() => new Map((labels ?? []).map((l) => [`${l.type}:${l.id}`, l])), [labels])
}

/** The display name of one party ('' while loading or when none). */
export function usePartyName(party: PartyRef | undefined): string {
  const labels = usePartyLabels(party ? [party] : [])
  if (!party) return ''
  return 'id' in party ? (labels.get(partyKey(party))?.label ?? '') : party.name
}
