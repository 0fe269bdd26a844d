// node bench/board-cpu.mjs [visits]: where figure 5's main-thread time goes, on the kept large
// workspace of profile.mjs (run that first). Each visit from Today as the figure does, under the
// CDP sampling profiler; prints the functions with the most self time per visit (the garbage
// collector among them). RELAIS_BENCH_OUT: the bench build to measure; RELAIS_BENCH_PORT.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, openKeptProfile } from './browser.mjs'
import { inPage, leaveForToday, openBenchPage } from './screens.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.env.RELAIS_BENCH_OUT ?? resolve(root, 'out/bench-renderer')
const visits = Number(process.argv[2] ?? 5)
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4401)

/** Self time in ms of each function of a CPU profile, added to `totals`. */
function addSelfTimes(profile, totals) {
  const sampled = new Map()
  profile.samples.forEach((id, i) =>
    sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  )
  for (const { id, callFrame: frame } of profile.nodes) {
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
    totals.set(name, (totals.get(name) ?? 0) + (sampled.get(id) ?? 0) / 1000)
  }
}

const server = await serve(resolve(root, 'renderer'), outDir, port)
const context = await openKeptProfile(resolve(root, 'out/bench-profile'))
try {
  const page = await openBenchPage(context, `${server.url}#/today`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const totals = new Map()
  for (let i = 0; i < visits; i++) {
    await leaveForToday(page)
    await cdp.send('Profiler.start')
    const shown = await inPage(page, () =>
      window.relaisBench.timeUntil({ hash: '#/pipeline', selector: 'li[aria-label]', count: 10 })
    )
    addSelfTimes((await cdp.send('Profiler.stop')).profile, totals)
    console.log(`visit ${i + 1}: 10 cards after ${Math.round(shown)} ms`)
  }
  const perVisit = (ms) => (ms / visits).toFixed(1)
  console.log(`sampled JavaScript per visit: ${perVisit([...totals.values()].reduce((a, b) => a + b, 0))} ms`)
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${perVisit(ms).padStart(7)} ms  ${name}`)
} finally {
  await context.close()
  await server.close()
}
