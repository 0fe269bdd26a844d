// The search index's first load: every searchable table, page by page, straight into an engine.
// The worker runs it on its own connection to the database, so the 100,000 records are read and
// indexed off the page's thread (reading them in the page and posting them cost the page seconds).
import { forEachSearchableTable } from '@renderer/db/repositories/search'
import type { SearchEngine } from '@shared/search/engine'
import { firstLoadTurn } from './loadTurns'

/** `databaseName`: read on a connection of its own (the worker); the app's database otherwise. */
export function loadAllInto(engine: SearchEngine, databaseName?: string): Promise<void> {
  return forEachSearchableTable(async (table, records) => {
    if (records === 'start') engine.handle({ type: 'clear', table })
    else {
      await firstLoadTurn()
      engine.put(table, records)
    }
  }, databaseName)
}
