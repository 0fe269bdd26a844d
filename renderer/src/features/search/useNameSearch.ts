// The palette's index answering a name picker (quick log, event mode, introductions, company and
// contact pickers): names and titles only, with the palette's forgiveness (accents, case, one typo
// in words of five letters or more), so a typo finds the record instead of creating a twin.
import type { SearchHit } from '@shared/search/engine'
import { useSearchAnswer, useSearchIndex } from './useSearchIndex'

export interface NameMatches {
  /** The text these matches answer (a picker acts only on the answer to what is typed now). */
  query: string
  organizations: SearchHit[]
  contacts: SearchHit[]
}

/** Matches for `query`, best first; undefined until the index has answered this very text. */
export function useNameSearch(query: string, limit: number): NameMatches | undefined {
  const { client, ready, version } = useSearchIndex()
  const wanted = query.trim()
  const answer = useSearchAnswer(client, wanted, ready, { limit, namesOnly: true, version })
  if (!ready || !answer || answer.query !== wanted) return undefined
  const hits = (kind: SearchHit['kind']) => answer.groups.find((g) => g.kind === kind)?.hits ?? []
  return { query: wanted, organizations: hits('organization'), contacts: hits('contact') }
}
