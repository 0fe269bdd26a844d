// node bench/board-reads.mjs [runs]: where figure 5's visits go, on the kept large workspace of
// profile.mjs (run that first). Each visit, from Today as the figure does: when the getAll of the
// files and of the organizations start and answer (ms after the hash change, timed in the page by
// wrapping IndexedDB's getAll), when 10 cards show, and the page's main-thread CPU for the visit.
// RELAIS_BENCH_OUT: the bench build to measure (default out/bench-renderer); RELAIS_BENCH_PORT.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, openKeptProfile } from './browser.mjs'
import { inPage, leaveForToday, openBenchPage } from './screens.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.env.RELAIS_BENCH_OUT ?? resolve(root, 'out/bench-renderer')
const runs = Number(process.argv[2] ?? 5)
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4401)

function timeEveryGetAll() {
  window.benchReads = []
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    const getAll = proto.getAll
    proto.getAll = function (...args) {
      const store = 'objectStore' in this ? this.objectStore.name : this.name
      const read = { store, start: performance.now(), end: null }
      window.benchReads.push(read)
      const request = getAll.apply(this, args)
      request.addEventListener('success', () => (read.end = performance.now()))
      return request
    }
  }
}

async function visit() {
  window.benchReads = []
  const since = performance.now()
  const shown = await window.relaisBench.timeUntil({
    hash: '#/pipeline',
    selector: 'li[aria-label]',
    count: 10
  })
  const at = (time) => (time == null ? null : Math.round(time - since))
  const read = (store) => window.benchReads.find((r) => r.store === store)
  const [files, organizations] = [read('opportunities'), read('organizations')]
  return {
    shown: Math.round(shown),
    filesStart: at(files?.start),
    filesEnd: at(files?.end),
    organizationsStart: at(organizations?.start),
    organizationsEnd: at(organizations?.end)
  }
}

const median = (values) => {
  const known = values.filter((v) => v != null).sort((a, b) => a - b)
  return known[Math.floor(known.length / 2)]
}

const server = await serve(resolve(root, 'renderer'), outDir, port)
const context = await openKeptProfile(resolve(root, 'out/bench-profile'))
try {
  await context.addInitScript(timeEveryGetAll)
  const page = await openBenchPage(context, `${server.url}#/today`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  const visits = []
  for (let i = 0; i < runs; i++) {
    await leaveForToday(page)
    const before = await threadMs()
    const phases = await inPage(page, visit)
    visits.push({ ...phases, cpu: Math.round((await threadMs()) - before) })
  }
  const keys = Object.keys(visits[0])
  console.log(
    JSON.stringify({
      visits,
      median: Object.fromEntries(keys.map((k) => [k, median(visits.map((v) => v[k]))]))
    })
  )
} finally {
  await context.close()
  await server.close()
}
