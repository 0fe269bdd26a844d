// Talks to the search engine: in a Web Worker when the page can start one, otherwise (tests, a
// worker refused) in the page itself. Queries and the first load are answered asynchronously.
import { searchDatabaseName } from '@renderer/db/repositories/search'
import { SearchEngine, type SearchAnswer, type SearchRequest } from '@shared/search/engine'
import { loadAllInto } from './loadAll'
import { holdFirstLoad } from './loadTurns'

type Update = Exclude<SearchRequest, { type: 'query' }>

export type WorkerRequest =
  SearchRequest | { type: 'load-all'; id: number; database: string } | { type: 'hold-load'; hold: boolean }
export type WorkerReply = SearchAnswer | { type: 'loaded'; id: number; error?: string }

export interface SearchClient {
  update(request: Update): void
  query(query: string, limit: number, namesOnly?: boolean): Promise<SearchAnswer>
  /** Clears the index and reads every searchable table into it. */
  loadAll(): Promise<void>
  /** Holds the first load between two pages (the person is scrolling), or lets it go on. */
  holdLoad(hold: boolean): void
}

type Post = (request: WorkerRequest) => void

function workerPost(onReply: (reply: WorkerReply) => void): Post | null {
  if (typeof Worker === 'undefined') return null
  try {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => onReply(event.data))
    return (request) => worker.postMessage(request)
  } catch {
    return null
  }
}

function pagePost(onReply: (reply: WorkerReply) => void): Post {
  const engine = new SearchEngine()
  return (request) => {
    if (request.type === 'load-all') {
      void loadAllInto(engine).then(
        () => onReply({ type: 'loaded', id: request.id }),
        (error: unknown) => onReply({ type: 'loaded', id: request.id, error: String(error) })
      )
      return
    }
    if (request.type === 'hold-load') return holdFirstLoad(request.hold)
    const answer = engine.handle(request)
    if (answer) queueMicrotask(() => onReply(answer))
  }
}

export function createSearchClient(options: { worker: boolean }): SearchClient {
  let lastId = 0
  const pending = new Map<number, (reply: WorkerReply) => void>()
  const onReply = (reply: WorkerReply) => {
    pending.get(reply.id)?.(reply)
    pending.delete(reply.id)
  }
  const post = (options.worker ? workerPost(onReply) : null) ?? pagePost(onReply)
  const ask = (request: (id: number) => WorkerRequest) =>
    new Promise<WorkerReply>((resolve) => {
      const id = ++lastId
      pending.set(id, resolve)
      post(request(id))
    })
  return {
    update: post,
    query: async (query, limit, namesOnly) => {
      const reply = await ask((id) => ({ type: 'query', id, query, limit, namesOnly }))
      if (!('groups' in reply)) throw new Error('search: a query was answered as a load')
      return reply
    },
    loadAll: async () => {
      const reply = await ask((id) => ({ type: 'load-all', id, database: searchDatabaseName() }))
      if ('error' in reply && reply.error) throw new Error(reply.error)
    },
    holdLoad: (hold) => post({ type: 'hold-load', hold })
  }
}
