// node bench/list-first.mjs [sets] [--wait ms] [--profile]: figure 3's first visit (the Companies
// list right after the page opened at Today) against the visits after it, on the kept large
// workspace of profile.mjs (run that first). Each set opens a fresh page at Today, then makes five
// visits from Today as the figure does; prints each visit's wall clock and main-thread CPU.
// --wait: ms between Today ready and visit 1 (a person reading Today before the first click).
// --profile: visit 1 under the CDP sampling profiler, its functions with the most self time.
// RELAIS_BENCH_OUT: the bench build to measure; RELAIS_BENCH_PORT.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, openKeptProfile } from './browser.mjs'
import { TABLE_ROW, inPage, leaveForToday, openBenchPage } from './screens.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.env.RELAIS_BENCH_OUT ?? resolve(root, 'out/bench-renderer')
const args = process.argv.slice(2)
const sets = Number(args.find((a) => /^\d+$/.test(a)) ?? 3)
const waitAt = args.indexOf('--wait')
const waitMs = waitAt >= 0 ? Number(args[waitAt + 1]) : 0
const profiled = args.includes('--profile')
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4401)

function selfTimes(profile) {
  const sampled = new Map()
  profile.samples.forEach((id, i) =>
    sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  )
  const totals = new Map()
  for (const { id, callFrame: frame } of profile.nodes) {
    if (frame.functionName === '(idle)') continue
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`
    totals.set(name, (totals.get(name) ?? 0) + (sampled.get(id) ?? 0) / 1000)
  }
  return totals
}

/** The functions visit 1 spent most on beyond visit 3 (what the first visit pays alone). */
function printFirstVisitExtra([first, third]) {
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0)
  console.log(`sampled: visit 1 ${sum(first).toFixed(0)} ms, visit 3 ${sum(third).toFixed(0)} ms`)
  const extra = [...first].map(([name, ms]) => [name, ms - (third.get(name) ?? 0)])
  for (const [name, ms] of extra.sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(7)} ms  ${name}`)
}

const server = await serve(resolve(root, 'renderer'), outDir, port)
const context = await openKeptProfile(resolve(root, 'out/bench-profile'))
try {
  for (let s = 0; s < sets; s++) {
    const page = await openBenchPage(context, `${server.url}#/today`)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    const threadMs = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
    if (profiled) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    }
    const profiles = []
    const walls = []
    const cpus = []
    for (let v = 0; v < 5; v++) {
      await leaveForToday(page)
      if (v === 0 && waitMs) await page.waitForTimeout(waitMs)
      if ((v === 0 || v === 2) && profiled) await cdp.send('Profiler.start')
      const cpu = await threadMs()
      walls.push(
        Math.round(
          await inPage(
            page,
            (sel) => window.relaisBench.timeUntil({ hash: '#/companies', selector: sel, count: 10 }),
            TABLE_ROW
          )
        )
      )
      cpus.push(Math.round((await threadMs()) - cpu))
      if ((v === 0 || v === 2) && profiled)
        profiles.push(selfTimes((await cdp.send('Profiler.stop')).profile))
    }
    if (profiled) printFirstVisitExtra(profiles)
    console.log(`set ${s + 1}: wall ${walls.join(' / ')} ms, main-thread CPU ${cpus.join(' / ')} ms`)
    await page.close()
  }
} finally {
  await context.close()
  await server.close()
}
