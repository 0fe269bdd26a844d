// The search index lives here, off the page's thread: building it over 100,000 interactions and
// answering each keystroke never holds up typing.
import { SearchEngine, type SearchRequest } from '@shared/search/engine'

const engine = new SearchEngine()

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const answer = engine.handle(event.data)
  if (answer) self.postMessage(answer)
})
