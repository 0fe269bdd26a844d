// The search index lives here, off the page's thread: building it over 100,000 interactions and
// answering each keystroke never holds up typing. The first load reads the database from here too.
import { SearchEngine } from '@shared/search/engine'
import { loadAllInto } from './loadAll'
import { holdFirstLoad } from './loadTurns'
import type { WorkerReply, WorkerRequest } from './searchClient'

const engine = new SearchEngine()
const reply = (message: WorkerReply) => self.postMessage(message)

async function loadAll(id: number, databaseName: string): Promise<void> {
  try {
    await loadAllInto(engine, databaseName)
    reply({ type: 'loaded', id })
  } catch (error) {
    reply({ type: 'loaded', id, error: String(error) })
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'load-all') void loadAll(request.id, request.database)
  else if (request.type === 'hold-load') holdFirstLoad(request.hold)
  else {
    const answer = engine.handle(request)
    if (answer) reply(answer)
  }
})
