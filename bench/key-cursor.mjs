// node bench/key-cursor.mjs [runs]: the large workspace's 5,000 companies read whole (getAll, as
// the board does) against a key cursor over one of their string indexes (nameKey: the (key, id)
// pairs an index on the names would give, without the records), and the ids alone through that
// index (getAllKeys: one request, for scale). Main-thread CPU and wall clock
// of each read, alternated, on an idle page of the kept profile (run profile.mjs first).
import { openKeptProfile } from './browser.mjs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 9)
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4401)

function read(kind) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('relais')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const database = open.result
      const store = database.transaction('organizations').objectStore('organizations')
      const start = performance.now()
      const done = (count) => {
        database.close()
        resolve({ ms: performance.now() - start, count })
      }
      if (kind === 'getAll') {
        const request = store.getAll()
        request.onsuccess = () => done(request.result.length)
        return
      }
      if (kind === 'getAllKeys') {
        // the ids alone, in nameKey order: one request, no record read
        const request = store.index('nameKey').getAllKeys()
        request.onsuccess = () => done(request.result.length)
        return
      }
      const pairs = new Map()
      const request = store.index('nameKey').openKeyCursor()
      request.onsuccess = () => {
        const cursor = request.result
        if (!cursor) return done(pairs.size)
        pairs.set(cursor.primaryKey, cursor.key)
        cursor.continue()
      }
    }
  })
}

const context = await openKeptProfile(resolve(root, 'out/bench-profile'))
try {
  const page = await context.newPage()
  // an empty page of the app's origin: its database, none of its code
  await page.route('**/key-cursor', (route) =>
    route.fulfill({ body: '<html></html>', contentType: 'text/html' })
  )
  await page.goto(`http://127.0.0.1:${port}/key-cursor`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  const results = {
    getAll: { cpu: [], ms: [] },
    keyCursor: { cpu: [], ms: [] },
    getAllKeys: { cpu: [], ms: [] }
  }
  for (let i = 0; i < runs; i++)
    for (const kind of Object.keys(results)) {
      const before = await threadMs()
      const { ms, count } = await page.evaluate(read, kind)
      if (count < 1) throw new Error(`${kind}: nothing read`)
      results[kind].cpu.push(Math.round((await threadMs()) - before))
      results[kind].ms.push(Math.round(ms))
    }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  for (const [kind, { cpu, ms }] of Object.entries(results))
    console.log(
      kind,
      `CPU median ${median(cpu)} ms (${cpu.join(' / ')}), wall median ${median(ms)} ms (${ms.join(' / ')})`
    )
} finally {
  await context.close()
}
