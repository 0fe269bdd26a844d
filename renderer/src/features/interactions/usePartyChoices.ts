// What the party picker offers for a search: matching companies, then contacts, then "create".
// Matches come from the palette's search index (accents, case and one typo forgiven), so a typo
// finds the existing record first; Enter waits for the answer to what is typed now.
import { useMemo } from 'react'
import { getPartyLabels, type PartyDirectory, type PartyLabel } from '@renderer/db/repositories/parties'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useNameSearch } from '@renderer/features/search'
import { organizationNameKey } from '@shared/domain/text'
import { matchesTyped } from '@shared/search/typedMatch'
import { idsOf, partyKey, type PartyRef } from './parties'

const PER_TYPE = 6

export interface PartyChoices {
  choices: PartyRef[]
  /** Something is typed and its matches are not known yet (index loading or answering). */
  pending: boolean
}

export function usePartyChoices(
  search: string,
  chosen: readonly PartyRef[],
  directory: PartyDirectory | undefined,
  allowCreate: boolean,
  /** Offer "create contact" before "create company" while nobody is chosen (event mode). */
  personFirst = false,
  /** Companies typed (not yet saved) elsewhere in the same draft: offered again. */
  draftOrganizations: readonly string[] = []
): PartyChoices {
  const matches = useNameSearch(search, PER_TYPE + chosen.length)
  return useMemo(() => {
    const name = search.trim()
    // Until the names are known, offer nothing rather than "create" for a record that exists
    if (!name) return { choices: [], pending: false }
    if (!directory || !matches) return { choices: [], pending: true }
    const taken = new Set(chosen.map(partyKey))
    const pick = (type: 'organization' | 'contact', ids: string[]) =>
      ids
        .map((id): PartyRef => ({ type, id }))
        .filter((p) => !taken.has(partyKey(p)))
        .slice(0, PER_TYPE)
    const drafted = [...new Set(draftOrganizations)]
      .filter((n) => matchesTyped(n, name))
      .map((n): PartyRef => ({ type: 'new-organization', name: n }))
      .filter((p) => !taken.has(partyKey(p)))
    const found = [
      ...pick(
        'organization',
        matches.organizations.map((h) => h.id)
      ),
      ...drafted,
      ...pick(
        'contact',
        matches.contacts.map((h) => h.id)
      )
    ]
    if (!allowCreate) return { choices: found, pending: false }
    const key = organizationNameKey(name)
    const exact =
      directory.organizations.some((o) => o.key === key) ||
      draftOrganizations.some((n) => organizationNameKey(n) === key)
    const organization: PartyRef[] = exact ? [] : [{ type: 'new-organization', name }]
    const person: PartyRef[] = [{ type: 'new-contact', name }]
    const hasPerson = chosen.some((p) => p.type === 'contact' || p.type === 'new-contact')
    const creations = personFirst && !hasPerson ? [...person, ...organization] : [...organization, ...person]
    return { choices: [...found, ...creations], pending: false }
  }, [search, chosen, directory, matches, allowCreate, personFirst, draftOrganizations])
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
