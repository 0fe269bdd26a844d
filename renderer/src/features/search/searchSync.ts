// Keeps the search index in step with the database: every table once at start, page by page, then
// only the records each committed write touched. Writes that land during the first load wait for
// it, so an old page can never overwrite a newer edit.
import {
  forEachSearchablePage,
  getSearchable,
  watchSearchableChanges,
  type SearchableChanges
} from '@renderer/db/repositories/search'
import { SEARCH_TABLES, type SearchTable } from '@shared/search/engine'
import { onScreenSettling, screenSettling } from '@renderer/hooks/screenSettling'
import { holdWhileScrolling } from './loadTurns'
import type { SearchClient } from './searchClient'

async function loadTable(client: SearchClient, table: SearchTable): Promise<void> {
  client.update({ type: 'clear', table })
  await forEachSearchablePage(table, (records) => client.update({ type: 'put', table, records }))
}

async function applyChanges(client: SearchClient, changes: SearchableChanges): Promise<void> {
  for (const table of SEARCH_TABLES) {
    const ids = changes[table]
    if (ids === 'all') await loadTable(client, table)
    else if (ids && ids.length > 0) {
      const { records, missing } = await getSearchable(table, ids)
      client.update({ type: 'put', table, records })
      if (missing.length > 0) client.update({ type: 'remove', table, ids: missing })
    }
  }
}

/**
 * Start following the database; returns a function that stops. `onReady` runs once loaded,
 * `onChanged` after each later change reached the index (open answers may be out of date).
 */
export function syncSearchIndex(
  client: SearchClient,
  onReady: () => void,
  onChanged: () => void = () => undefined
): () => void {
  let chain = Promise.resolve()
  // One update at a time, in the order the writes committed.
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((error: unknown) => console.error('search index', error))
  }
  const stop = watchSearchableChanges((changes) =>
    enqueue(async () => {
      await applyChanges(client, changes)
      onChanged()
    })
  )
  // The first load reads every table: it waits until the first screen is drawn and the page is idle
  // (the benchmark's cold start and first list render were slowed by it), two seconds at the most
  // (and it waits while the person scrolls, or while a screen just opened settles: see loadTurns.ts)
  const loadAll = () =>
    enqueue(async () => {
      const unwatch = holdFirstLoadWhileBusy(client)
      try {
        await client.loadAll()
      } finally {
        unwatch()
      }
      onReady()
    })
  const idle = whenIdle(loadAll)
  return () => {
    idle.cancel()
    stop()
  }
}

/** Holds the first load while either holds it; returns a function that stops watching and releases. */
function holdFirstLoadWhileBusy(client: SearchClient): () => void {
  const holds = { scrolling: false, settling: screenSettling() }
  const update = (change: Partial<typeof holds>) => {
    const before = holds.scrolling || holds.settling
    Object.assign(holds, change)
    const after = holds.scrolling || holds.settling
    if (after !== before) client.holdLoad(after)
  }
  if (holds.settling) client.holdLoad(true)
  const unwatchScroll = holdWhileScrolling((scrolling) => update({ scrolling }))
  const unwatchScreens = onScreenSettling((settling) => update({ settling }))
  return () => {
    unwatchScroll()
    unwatchScreens()
    client.holdLoad(false)
  }
}

function whenIdle(run: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 })
    return { cancel: () => cancelIdleCallback(handle) }
  }
  const handle = setTimeout(run, 500)
  return { cancel: () => clearTimeout(handle) }
}
