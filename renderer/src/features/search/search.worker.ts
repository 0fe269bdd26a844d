// The search index lives here, off the page's thread: building it over 100,000 interactions and
// answering each keystroke never holds up typing. The first load reads the database from here too.
import { RelaisDatabase } from '@renderer/db/schema'
import { SearchEngine } from '@shared/search/engine'
import { loadAllInto } from './loadAll'
import type { WorkerReply, WorkerRequest } from './searchClient'

const engine = new SearchEngine()
const reply = (message: WorkerReply) => self.postMessage(message)

async function loadAll(id: number, databaseName: string): Promise<void> {
  const database = new RelaisDatabase(databaseName)
  try {
    await loadAllInto(engine, database)
    reply({ type: 'loaded', id })
  } catch (error) {
    reply({ type: 'loaded', id, error: String(error) })
  } finally {
    // A connection left open would hold up a later schema upgrade in the page
    database.close()
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'load-all') void loadAll(request.id, request.database)
  else {
    const answer = engine.handle(request)
    if (answer) reply(answer)
  }
})
