// Search latency on the large workspace (138,300 records), in Node: the same engine the palette's
// Web Worker runs, fed page by page as the app feeds it, then queried one keystroke at a time.
// Bundled and run by bench/search-node.mjs; prints one JSON line.
import { generateWorkspace } from '@shared/demo'
import { SEARCH_TABLES, SearchEngine } from '@shared/search/engine'

const NOW = new Date('2026-11-25T15:00:00Z')
/** The benchmark's workspace: large unless bench/run.mjs says mid. */
const SIZE = process.env.RELAIS_BENCH_SIZE === 'mid' ? 'mid' : 'large'
const PAGE = 2000
const LIMIT = 5
const MB = 1024 * 1024

const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** What an officer types: names from the data, words of notes, places, a typo, two-word queries. */
function queriesOf(workspace: ReturnType<typeof generateWorkspace>): string[] {
  const contact = workspace.contacts[1234]
  return [
    contact.firstName.toLowerCase(),
    `${contact.firstName} ${contact.lastName}`,
    workspace.organizations[421].name,
    'saguenay',
    'financement',
    'subvention quebec',
    'hydorgene',
    'chicoutimi',
    'relance'
  ]
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
const round = (value: number) => Math.round(value * 100) / 100

function main() {
  const workspace = generateWorkspace({ size: SIZE, now: NOW })
  const records = SEARCH_TABLES.reduce((sum, table) => sum + workspace[table].length, 0)
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const engine = new SearchEngine()
  const started = performance.now()
  for (const table of SEARCH_TABLES) {
    const rows = workspace[table]
    for (let at = 0; at < rows.length; at += PAGE)
      engine.handle({ type: 'put', table, records: rows.slice(at, at + PAGE) })
  }
  const buildMs = performance.now() - started
  gc()
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / MB
  const keystrokes = queriesOf(workspace).flatMap((query) =>
    Array.from({ length: query.length }, (_, at) => query.slice(0, at + 1))
  )
  keystrokes.forEach((query, id) => engine.handle({ type: 'query', id, query, limit: LIMIT })) // warm up
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const [id, query] of keystrokes.entries()) {
      const start = performance.now()
      engine.handle({ type: 'query', id, query, limit: LIMIT })
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  console.log(
    JSON.stringify({
      records,
      buildMs: Math.round(buildMs),
      heapMB: Math.round(heapMB),
      keystrokes: times.length,
      medianMs: round(percentile(times, 0.5)),
      p95Ms: round(percentile(times, 0.95)),
      maxMs: round(times[times.length - 1])
    })
  )
}

main()
