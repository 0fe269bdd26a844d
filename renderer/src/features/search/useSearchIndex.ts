import { useEffect, useState } from 'react'
import type { SearchAnswer } from '@shared/search/engine'
import { createSearchClient, type SearchClient } from './searchClient'
import { syncSearchIndex } from './searchSync'

/** Results shown per group (the group's header says how many matched in all). */
export const HITS_PER_GROUP = 5

/** The app's search index, loaded and kept in step with the database while mounted. */
export function useSearchIndex(): { client: SearchClient; ready: boolean } {
  const [client] = useState(() => createSearchClient({ worker: true }))
  const [ready, setReady] = useState(false)
  useEffect(() => syncSearchIndex(client, () => setReady(true)), [client])
  return { client, ready }
}

/** The answer to the latest query (older answers arriving late are dropped); null when empty. */
export function useSearchAnswer(client: SearchClient, query: string, ready: boolean): SearchAnswer | null {
  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  const wanted = query.trim()
  useEffect(() => {
    if (!wanted) return
    let latest = true
    void client.query(wanted, HITS_PER_GROUP).then((next) => latest && setAnswer(next))
    return () => {
      latest = false
    }
  }, [client, wanted, ready])
  // While the next answer is on its way the previous one stays up: no flicker between keystrokes
  return wanted ? answer : null
}
