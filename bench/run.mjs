// npm run bench [-- --small] [-- --runs N] [-- --no-build] [-- --busy]: every figure of BENCHMARKS.md.
// Builds the renderer in bench mode, serves it, drives Chromium, loads the large workspace (or
// the demo with --small) through the repositories, measures each screen against its floor, then
// the export writers in Node. Prints a table and writes bench/results.json. With --busy the screen
// figures run a second time while a child process keeps one core busy, reported beside the first.
import { fork } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { launchBrowser, serve } from './browser.mjs'
import { runExportBenchmark } from './export-node.mjs'
import { runSearchBenchmark } from './search-node.mjs'
import { markdownTable, printTable } from './report.mjs'
import {
  companiesList,
  companyPage,
  coldStart,
  heap,
  openBenchPage,
  pipelineBoard,
  quickLog
} from './screens.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(root, 'out/bench-renderer')
const args = process.argv.slice(2)
const small = args.includes('--small')
const busy = args.includes('--busy')
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : small ? 3 : 5
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4400)
const step = (text) => console.log(`· ${text}`)

/** Replaces the table between the markers of BENCHMARKS.md with this run's. */
async function writeLatestTable(table) {
  const file = resolve(root, 'BENCHMARKS.md')
  const text = await readFile(file, 'utf8')
  const [before, rest] = text.split('<!-- latest:start -->')
  const after = rest.split('<!-- latest:end -->')[1]
  await writeFile(file, `${before}<!-- latest:start -->\n${table}\n<!-- latest:end -->${after}`)
}

/** Figures 2 to 6, on the loaded workspace. */
async function screenFigures(context) {
  const figures = {}
  step('cold start')
  figures.coldStart = await coldStart(context, server.url, runs)
  const warm = await openBenchPage(context, `${server.url}#/today`)
  step('companies list')
  figures.companiesList = await companiesList(warm, runs)
  step('company page')
  figures.companyPage = await companyPage(warm, runs)
  step('pipeline board')
  const board = await pipelineBoard(warm, runs)
  figures.pipelineBoard = { ms: board.ms, floor: board.floor }
  figures.stageChange = board.move
  step('quick log')
  figures.quickLog = await quickLog(warm, runs, figures.companyPage.company.id)
  await warm.close()
  return figures
}

if (!args.includes('--no-build')) {
  step('building the renderer in bench mode')
  await build({
    configFile: resolve(root, 'vite.web.config.ts'),
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir }
  })
}
const server = await serve(resolve(root, 'renderer'), outDir, port)
const browser = await launchBrowser()
const results = {}
try {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1440, height: 900 } })
  const page = await openBenchPage(context, server.url)
  step(`loading the ${small ? 'demo' : 'large'} workspace through the repositories`)
  const load = await page.evaluate((size) => window.relaisBench.load(size), small ? 'demo' : 'large')
  results.load = {
    records: load.records,
    recordsPerSecond: Math.round(load.records / (load.ms / 1000)),
    rawRecordsPerSecond: Math.round(load.records / (load.rawMs / 1000)),
    ms: Math.round(load.ms),
    rawMs: Math.round(load.rawMs)
  }
  await page.close()
  Object.assign(results, await screenFigures(context))
  if (busy) {
    step('the screen figures again, one core kept busy by a child process')
    const child = fork(resolve(root, 'bench/busy-child.mjs'))
    try {
      results.busy = await screenFigures(context)
    } finally {
      child.kill()
    }
  }
  const warm = await openBenchPage(context, `${server.url}#/today`)
  step('heap')
  results.heap = await heap(warm)
  results.browser = { chromium: browser.version() }
} finally {
  await browser.close()
  await server.close()
}
if (!small) step('search engine in Node, on the large workspace (about 15 s)')
results.search = small ? null : await runSearchBenchmark()
if (!small) step('exports in Node (about 30 s)')
results.export = small ? null : await runExportBenchmark({ repeat: 1 })
results.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 1073741824),
  node: process.version,
  date: new Date().toISOString(),
  dataset: small ? 'demo' : 'large',
  runs
}
await writeFile(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
printTable(results)
if (!small) await writeLatestTable(markdownTable(results))
console.log(`written: bench/results.json${small ? '' : ' and the table in BENCHMARKS.md'}`)
