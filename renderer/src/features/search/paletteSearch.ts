import { useSyncExternalStore } from 'react'
import type { SearchAnswer } from '@shared/search/engine'
import type { SearchClient } from './searchClient'
import { HITS_PER_GROUP } from './useSearchIndex'

/**
 * The palette's query and its answer, outside React: each keystroke's query goes to the search
 * worker from the box's change handler, before React draws the letter, so the answer can come back
 * in time for the same frame. The answer is drawn as soon as it arrives (a store update renders in
 * the same task), not after another round through React's scheduler.
 */
export interface PaletteSearch {
  /** The box's new text: asked at once (an empty box clears the answer). */
  ask(query: string): void
  /** The running index, or a new version of it: the current query is asked again. */
  connect(client: SearchClient | null): void
  /** The answer to the latest query; the previous one stays up while the next is on its way. */
  answer(): SearchAnswer | null
  subscribe(listener: () => void): () => void
}

export function createPaletteSearch(): PaletteSearch {
  let client: SearchClient | null = null
  let wanted = ''
  let answer: SearchAnswer | null = null
  // Only the latest question's answer is shown: older ones arriving late are dropped
  let asked = 0
  const listeners = new Set<() => void>()
  const show = (next: SearchAnswer | null) => {
    if (next === answer) return
    answer = next
    listeners.forEach((listener) => listener())
  }
  const send = () => {
    const id = ++asked
    if (!wanted) return show(null)
    void client?.query(wanted, HITS_PER_GROUP).then((next) => id === asked && show(next))
  }
  return {
    ask: (query) => {
      const next = query.trim()
      if (next === wanted) return
      wanted = next
      send()
    },
    connect: (next) => {
      client = next
      send()
    },
    answer: () => answer,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** The palette's current answer; the component renders again only when a new one arrives. */
export const usePaletteAnswer = (search: PaletteSearch): SearchAnswer | null =>
  useSyncExternalStore(search.subscribe, search.answer)
