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
  /**
   * The running index, or a new version of it: the current query is asked again. Not `ready`: the
   * index is still loading, its answers may miss records (`latest` waits for the loaded one).
   */
  connect(client: SearchClient | null, ready?: boolean): void
  /** The answer to the latest query; the previous one stays up while the next is on its way. */
  answer(): SearchAnswer | null
  /**
   * The answer to the latest query once it has come (at once if it has), or what is shown after
   * `withinMs`: Enter pressed before a fast-typed query's answer runs that answer's first line
   * (typed ahead while the palette loaded, before the index had loaded: its loaded answer).
   */
  latest(withinMs: number): Promise<SearchAnswer | null>
  subscribe(listener: () => void): () => void
}

export function createPaletteSearch(): PaletteSearch {
  let client: SearchClient | null = null
  let ready = false
  let wanted = ''
  let answer: SearchAnswer | null = null
  // Only the latest question's answer is shown: older ones arriving late are dropped
  let asked = 0
  // the question whose answer is shown
  let answered = 0
  const listeners = new Set<() => void>()
  const waiting = new Set<() => void>()
  const show = (id: number, next: SearchAnswer | null) => {
    const changed = next !== answer
    answered = id
    answer = next
    if (ready) waiting.forEach((done) => done())
    if (changed) listeners.forEach((listener) => listener())
  }
  const send = () => {
    const id = ++asked
    if (!wanted) return show(id, null)
    void client?.query(wanted, HITS_PER_GROUP).then((next) => id === asked && show(id, next))
  }
  return {
    ask: (query) => {
      const next = query.trim()
      if (next === wanted) return
      wanted = next
      send()
    },
    connect: (next, isReady = true) => {
      client = next
      ready = isReady
      send()
    },
    answer: () => answer,
    latest: (withinMs) => {
      if ((answered === asked && ready) || !client) return Promise.resolve(answer)
      return new Promise((resolve) => {
        const done = () => {
          waiting.delete(done)
          clearTimeout(timer)
          resolve(answer)
        }
        const timer = setTimeout(done, withinMs)
        waiting.add(done)
      })
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** The palette's current answer; the component renders again only when a new one arrives. */
export const usePaletteAnswer = (search: PaletteSearch): SearchAnswer | null =>
  useSyncExternalStore(search.subscribe, search.answer)
