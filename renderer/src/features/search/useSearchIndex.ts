import { useEffect, useState, useSyncExternalStore } from 'react'
import type { SearchAnswer } from '@shared/search/engine'
import { createSearchClient, type SearchClient } from './searchClient'
import { syncSearchIndex } from './searchSync'

/** Results shown per group (the group's header says how many matched in all). */
export const HITS_PER_GROUP = 5

// One index for the whole app: the palette and every name picker ask the same worker. The first
// screen to need it starts it; it stops when the last one goes (a test unmounting everything).
let shared: { client: SearchClient; ready: boolean; stop: () => void } | null = null
let users = 0
const listeners = new Set<() => void>()
let createClient = () => createSearchClient({ worker: true })

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (users++ === 0) {
    const client = createClient()
    const started: NonNullable<typeof shared> = { client, ready: false, stop: () => undefined }
    shared = started
    started.stop = syncSearchIndex(client, () => {
      started.ready = true
      shared = { ...started }
      listeners.forEach((l) => l())
    })
  }
  return () => {
    listeners.delete(listener)
    if (--users === 0) {
      shared?.stop()
      shared = null
    }
  }
}

/** Tests: run the index in the page (no worker). */
export function runSearchInPageForTests(): void {
  createClient = () => createSearchClient({ worker: false })
}

/** The app's search index, loaded and kept in step with the database while mounted. */
export function useSearchIndex(): { client: SearchClient | null; ready: boolean } {
  const current = useSyncExternalStore(subscribe, () => shared)
  return { client: current?.client ?? null, ready: current?.ready ?? false }
}

/** The answer to the latest query (older answers arriving late are dropped); null when empty. */
export function useSearchAnswer(
  client: SearchClient | null,
  query: string,
  ready: boolean,
  options: { limit?: number; namesOnly?: boolean } = {}
): SearchAnswer | null {
  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  const wanted = query.trim()
  const { limit = HITS_PER_GROUP, namesOnly = false } = options
  useEffect(() => {
    if (!wanted || !client) return
    let latest = true
    void client.query(wanted, limit, namesOnly).then((next) => latest && setAnswer(next))
    return () => {
      latest = false
    }
  }, [client, wanted, ready, limit, namesOnly])
  // While the next answer is on its way the previous one stays up: no flicker between keystrokes
  return wanted ? answer : null
}
