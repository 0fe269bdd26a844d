// npm run bench [-- --small | --mid] [-- --runs N] [-- --no-build] [-- --busy]: every figure of
// BENCHMARKS.md. Builds the renderer in bench mode, serves it, drives Chromium, loads the large
// workspace (the mid one with --mid, the demo with --small) through the repositories into a new
// profile on disk (figure 1: against the raw write floor, in pairs), starts the browser again on it,
// measures each screen and write against its floor, then search and the export writers in Node. Prints a table
// and writes bench/results.json (results-mid.json, results-small.json). With --busy the screen
// figures 2 to 6 run a second time while a child process keeps one core busy, reported beside.
import { fork } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { chromiumVersion, openKeptProfile, serve } from './browser.mjs'
import { runExportBenchmark } from './export-node.mjs'
import { runSearchBenchmark } from './search-node.mjs'
import { markdownTable, printTable } from './report.mjs'
import { summarise } from './stats.mjs'
import { eventModeSave, impactScreen, paletteSearch, reportsPreview, todayFull } from './screens-more.mjs'
import { backupRestore, csvImport } from './writes.mjs'
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
const dataset = args.includes('--small') ? 'demo' : args.includes('--mid') ? 'mid' : 'large'
const small = dataset === 'demo'
const resultsFile = { demo: 'results-small.json', mid: 'results-mid.json', large: 'results.json' }[dataset]
const busy = args.includes('--busy')
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : small ? 3 : 5
const port = Number(process.env.RELAIS_BENCH_PORT ?? 4400)
const step = (text) => console.log(`· ${text}`)

/** Replaces the table between the markers of BENCHMARKS.md (latest: large, mid) with this run's. */
async function writeLatestTable(table, marker) {
  const file = resolve(root, 'BENCHMARKS.md')
  const text = await readFile(file, 'utf8')
  const [before, rest] = text.split(`<!-- ${marker}:start -->`)
  const after = rest.split(`<!-- ${marker}:end -->`)[1]
  await writeFile(file, `${before}<!-- ${marker}:start -->\n${table}\n<!-- ${marker}:end -->${after}`)
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

/** Figures 10 to 14, after the busy run: event mode adds 20 interactions a run to the workspace. */
async function laterScreenFigures(page, company) {
  step('Today in full')
  const today = await todayFull(page, runs)
  step('Impact, last twelve months')
  const impact = await impactScreen(page, runs)
  step('Reports preview, last twelve months')
  const report = await reportsPreview(page, runs)
  step('Ctrl+K, per keystroke')
  const palette = await paletteSearch(page, runs, company.name)
  step('event mode, saving 20 encounters')
  const eventMode = await eventModeSave(page, runs)
  return { today, impact, report, palette, eventMode }
}

/** Figures 15 and 16, last: each writes thousands of records (and takes them back). */
async function writeFigures(page) {
  step('import of a 10,000-row CSV')
  const csv = await csvImport(page, Math.min(runs, 3))
  step('restore of the workspace backup')
  const restore = await backupRestore(page, dataset === 'large' ? 1 : Math.min(runs, 3))
  return { csvImport: csv, restore }
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

/** `write` (rawLoad or load) in a new profile on disk of its own, removed after. */
async function inThrowawayProfile(write) {
  const dir = await mkdtemp(join(os.tmpdir(), 'relais-bench-write-'))
  const browser = await openKeptProfile(dir)
  try {
    const page = await openBenchPage(browser, server.url)
    return await page.evaluate(([hook, size]) => window.relaisBench[hook](size), [write, dataset])
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

// Figure 1 in pairs, each write in a profile of its own (in one profile, whichever came second ran
// 30–120 % slower; see rawLoad in renderer/src/bench/hooks.ts); one run moves by ±20 % here, so the
// median of the pairs. The first pair's load is the workspace the figures run on; the others come
// after the figures.
const LOAD_PAIRS = small ? 1 : 3

/** The other pairs, the order alternated (the load first in the second pair). */
async function moreLoadPairs() {
  const pairs = []
  for (let i = 1; i < LOAD_PAIRS; i++) {
    const order = i % 2 === 1 ? ['load', 'rawLoad'] : ['rawLoad', 'load']
    const pair = {}
    for (const write of order) Object.assign(pair, await inThrowawayProfile(write))
    pairs.push(pair)
  }
  return pairs
}

/** Figure 1 from its pairs: the median write through the repositories against the median floor. */
function loadFigure(pairs) {
  const ms = summarise(pairs.map((pair) => pair.ms)).median
  const rawMs = summarise(pairs.map((pair) => pair.rawMs)).median
  const { records } = pairs[0]
  return {
    records,
    recordsPerSecond: Math.round(records / (ms / 1000)),
    rawRecordsPerSecond: Math.round(records / (rawMs / 1000)),
    ms: Math.round(ms),
    rawMs: Math.round(rawMs),
    pairs: pairs.map((pair) => ({ ms: Math.round(pair.ms), rawMs: Math.round(pair.rawMs) }))
  }
}

// The workspace is loaded, the browser closed, then the figures run in a browser started again on
// the same profile: the officer's next morning, on a database kept on disk as the desktop app's is.
const profileDir = await mkdtemp(join(os.tmpdir(), 'relais-bench-'))
const results = {}
step(`the raw write floor: the ${dataset} workspace written straight, in a profile of its own`)
const raw = await inThrowawayProfile('rawLoad')
let context = await openKeptProfile(profileDir)
try {
  const page = await openBenchPage(context, server.url)
  step(`loading the ${dataset} workspace through the repositories`)
  const first = { ...(await page.evaluate((size) => window.relaisBench.load(size), dataset)), ...raw }
  results.load = loadFigure([first])
  await context.close()
  step('the browser started again on the same profile')
  context = await openKeptProfile(profileDir)
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
  Object.assign(results, await laterScreenFigures(warm, results.companyPage.company))
  step('heap')
  results.heap = await heap(warm)
  Object.assign(results, await writeFigures(warm))
  results.browser = { chromium: await chromiumVersion(context, warm) }
  if (LOAD_PAIRS > 1) {
    // after the figures: each pair writes and deletes a whole workspace on the same disk
    step(`figure 1: ${LOAD_PAIRS - 1} more pairs of writes, each in a profile of its own`)
    await context.close()
    results.load = loadFigure([first, ...(await moreLoadPairs())])
  }
} finally {
  await context.close()
  await server.close()
  await rm(profileDir, { recursive: true, force: true })
}
// The Node figures generate the same workspace as the page did
process.env.RELAIS_BENCH_SIZE = dataset
if (!small) step(`search engine in Node, on the ${dataset} workspace (about 15 s)`)
results.search = small ? null : await runSearchBenchmark()
if (!small) step('exports in Node (about 30 s)')
results.export = small ? null : await runExportBenchmark({ repeat: 1 })
results.machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 1073741824),
  node: process.version,
  date: new Date().toISOString(),
  dataset,
  runs
}
await writeFile(resolve(root, 'bench', resultsFile), `${JSON.stringify(results, null, 2)}\n`)
printTable(results)
if (!small) await writeLatestTable(markdownTable(results), dataset === 'mid' ? 'mid' : 'latest')
console.log(`written: bench/${resultsFile}${small ? '' : ' and its table in BENCHMARKS.md'}`)
