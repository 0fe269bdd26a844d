import { useEffect, useState, useSyncExternalStore } from 'react'
import type { SearchAnswer } from '@shared/search/engine'
import { createSearchClient, type SearchClient } from './searchClient'
import { syncSearchIndex } from './searchSync'

/** Results shown per group (the group's header says how many matched in all). */
export const HITS_PER_GROUP = 5

// One index for the whole app: the palette and every name picker ask the same worker. The first
// screen to need it starts it; it stops when the last one goes (a test unmounting everything).
let shared: { client: SearchClient; ready: boolean; version: number; stop: () => void } | null = null
let users = 0
const listeners = new Set<() => void>()
let createClient = () => createSearchClient({ worker: true })

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (users++ === 0) {
    const client = createClient()
    const started: NonNullable<typeof shared> = { client, ready: false, version: 0, stop: () => undefined }
    shared = started
    // a new snapshot on each change, so answers shown are asked again
    const publish = (change: Partial<NonNullable<typeof shared>>) => {
      if (shared?.client !== client) return
      shared = { ...shared, ...change }
      listeners.forEach((l) => l())
    }
    started.stop = syncSearchIndex(
      client,
      () => publish({ ready: true }),
      () => publish({ version: (shared?.version ?? 0) + 1 })
    )
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

/** The index the app is running, if any (the benchmark times a query on it, nothing rendered). */
export const runningSearchClient = (): SearchClient | null => shared?.client ?? null

/** The app's search index, loaded and kept in step with the database while mounted. */
export function useSearchIndex(): { client: SearchClient | null; ready: boolean; version: number } {
  const current = useSyncExternalStore(subscribe, () => shared)
  return { client: current?.client ?? null, ready: current?.ready ?? false, version: current?.version ?? 0 }
}

/** The answer to the latest query (older answers arriving late are dropped); null when empty. */
export function useSearchAnswer(
  client: SearchClient | null,
  query: string,
  ready: boolean,
  options: { limit?: number; namesOnly?: boolean; version?: number } = {}
): SearchAnswer | null {
  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  const wanted = query.trim()
  const { limit = HITS_PER_GROUP, namesOnly = false, version = 0 } = options
  useEffect(() => {
    if (!wanted || !client) return
    let latest = true
    void client.query(wanted, limit, namesOnly).then((next) => latest && setAnswer(next))
    return () => {
      latest = false
    }
    // version: the index changed since (a save, the demo loading): ask again
  }, [client, wanted, ready, limit, namesOnly, version])
  // While the next answer is on its way the previous one stays up: no flicker between keystrokes
  return wanted ? answer : null
}
