// Talks to the search engine: in a Web Worker when the page can start one, otherwise (tests, a
// worker refused) in the page itself. Queries are answered asynchronously either way.
import { SearchEngine, type SearchAnswer, type SearchRequest } from '@shared/search/engine'

type Update = Exclude<SearchRequest, { type: 'query' }>
type Post = (request: SearchRequest) => void

export interface SearchClient {
  update(request: Update): void
  query(query: string, limit: number): Promise<SearchAnswer>
}

function workerPost(onAnswer: (answer: SearchAnswer) => void): Post | null {
  if (typeof Worker === 'undefined') return null
  try {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<SearchAnswer>) => onAnswer(event.data))
    return (request) => worker.postMessage(request)
  } catch {
    return null
  }
}

function pagePost(onAnswer: (answer: SearchAnswer) => void): Post {
  const engine = new SearchEngine()
  return (request) => {
    const answer = engine.handle(request)
    if (answer) queueMicrotask(() => onAnswer(answer))
  }
}

export function createSearchClient(options: { worker: boolean }): SearchClient {
  let lastId = 0
  const pending = new Map<number, (answer: SearchAnswer) => void>()
  const onAnswer = (answer: SearchAnswer) => {
    pending.get(answer.id)?.(answer)
    pending.delete(answer.id)
  }
  const post = (options.worker ? workerPost(onAnswer) : null) ?? pagePost(onAnswer)
  return {
    update: post,
    query: (query, limit) =>
      new Promise((resolve) => {
        const id = ++lastId
        pending.set(id, resolve)
        post({ type: 'query', id, query, limit })
      })
  }
}
