// node bench/profile.mjs <figure> [--runs N] [--no-build] [--mid]: one screen figure on the large
// workspace (the mid one with --mid), loaded once into a kept browser profile (out/bench-profile,
// out/bench-profile-mid) so that repeated before → after measurements skip the three-minute load. Figures: board, company, quickLog,
// companies, coldStart, today, impact, report, palette, eventMode. Prints the figure's median, p95 and runs.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { serve, openKeptProfile } from './browser.mjs'
import { coldStart, companiesList, companyPage, openBenchPage, pipelineBoard, quickLog } from './screens.mjs'
import { eventModeSave, impactScreen, paletteSearch, reportsPreview, todayFull } from './screens-more.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// RELAIS_BENCH_OUT: an existing bench build to measure instead (e.g. the commit before a change)
const outDir = process.env.RELAIS_BENCH_OUT ?? resolve(root, 'out/bench-renderer')
const args = process.argv.slice(2)
const dataset = args.includes('--mid') ? 'mid' : 'large'
const profileDir = resolve(root, dataset === 'mid' ? 'out/bench-profile-mid' : 'out/bench-profile')
const figure = args.find((a) => !a.startsWith('--')) ?? 'board'
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4401)

if (!args.includes('--no-build'))
  await build({
    configFile: resolve(root, 'vite.web.config.ts'),
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir }
  })
const server = await serve(resolve(root, 'renderer'), outDir, port)
const context = await openKeptProfile(profileDir)
try {
  // IndexedDB is kept per origin: a profile loaded through another port has no workspace on this one
  const first = await openBenchPage(context, server.url)
  if ((await first.evaluate(() => window.relaisBench.todayCounts())).open === 0) {
    console.log(`· loading the ${dataset} workspace once into ${profileDir}, for port ${port}`)
    await first.evaluate((name) => window.relaisBench.load(name), dataset)
  }
  await first.close()
  const page = await openBenchPage(context, `${server.url}#/today`)
  const figures = {
    companies: () => companiesList(page, runs),
    company: () => companyPage(page, runs),
    board: () => pipelineBoard(page, runs),
    coldStart: () => coldStart(context, server.url, runs),
    today: () => todayFull(page, runs),
    impact: () => impactScreen(page, runs),
    report: () => reportsPreview(page, runs),
    eventMode: () => eventModeSave(page, runs),
    palette: async () => {
      const company = await page.evaluate(() => window.relaisBench.busiestCompany())
      return paletteSearch(page, runs, company.name)
    },
    quickLog: async () => {
      const company = await page.evaluate(() => window.relaisBench.busiestCompany())
      return quickLog(page, runs, company.id)
    }
  }
  // Main-thread CPU of the whole figure (the load moves it far less than the wall clock)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000
  const cpuBefore = await threadMs()
  const result = await figures[figure]()
  console.log(
    JSON.stringify({ ...result, mainThreadMs: Math.round((await threadMs()) - cpuBefore) }, null, 1)
  )
} finally {
  await context.close()
  await server.close()
}
