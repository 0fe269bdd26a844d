// The search index's first load: every searchable table, page by page, straight into an engine.
// The worker runs it on its own connection to the database, so the 100,000 records are read and
// indexed off the page's thread (reading them in the page and posting them cost the page seconds).
import { forEachSearchablePage } from '@renderer/db/repositories/search'
import type { RelaisDatabase } from '@renderer/db/schema'
import { SEARCH_TABLES, type SearchEngine } from '@shared/search/engine'

export async function loadAllInto(engine: SearchEngine, database: RelaisDatabase): Promise<void> {
  for (const table of SEARCH_TABLES) {
    engine.handle({ type: 'clear', table })
    await forEachSearchablePage(table, (records) => engine.put(table, records), database)
  }
}
