// Figure 8 of the benchmark: main's XLSX and CSV writers on the activity report of 100,000
// interactions, in Node, timed, with peak memory sampled while writing. Bundled and run by
// bench/export-node.mjs in two steps, each its own process: `--prepare <file>` builds the report's
// sheets from the large workspace and saves them; `--write <file> --<format>` loads them (as main
// holds them once IPC delivered them) and writes, so the figure is the writer's, not the generator's.
import { readFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { generateWorkspace } from '@shared/demo'
import { buildActivityReport } from '@shared/reports/builders'
import { localiseTables } from '@shared/reports/localise'
import type { Sheet } from '@shared/reports/types'
import { writeCsvReport } from '../electron/main/reports/csv-writer'
import { writeXlsxReport } from '../electron/main/reports/xlsx-writer'
import fr from '../renderer/src/i18n/fr/reports.json'

const MB = 1024 * 1024
const NOW = new Date('2026-11-25T15:00:00Z')
/** The benchmark's workspace: large unless bench/run.mjs says mid. */
const SIZE = process.env.RELAIS_BENCH_SIZE === 'mid' ? 'mid' : 'large'

interface Prepared {
  sheets: Sheet[]
  buildMs: number
  interactions: number
}

function translate(key: string): string {
  const found = key
    .replace(/^reports\./, '')
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], fr)
  return typeof found === 'string' ? found : key
}

/** The activity report over the large workspace's whole history, as the renderer sends it. */
async function prepare(file: string): Promise<void> {
  const workspace = generateWorkspace({ size: SIZE, now: NOW })
  const started = performance.now()
  const report = buildActivityReport(workspace, { from: '2000-01-01', to: '2099-12-31' })
  const sheets = localiseTables(report.tables, translate)
  const prepared: Prepared = {
    sheets,
    buildMs: performance.now() - started,
    interactions: workspace.interactions.length
  }
  await writeFile(file, serialize(prepared))
}

type Format = 'xlsx' | 'xlsx-detail' | 'csv'

async function write(file: string, format: Format) {
  const prepared = deserialize(await readFile(file)) as Prepared
  // xlsx: the whole activity report (4 sheets); xlsx-detail: the 100,000-row sheet alone
  const sheets = format === 'xlsx' ? prepared.sheets : prepared.sheets.slice(0, 1)
  globalThis.gc?.()
  const baseline = process.memoryUsage()
  let peakRss = baseline.rss
  let peakHeap = baseline.heapUsed + baseline.external
  const sample = () => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed + now.external)
  }
  const sampler = setInterval(sample, 5)
  const dir = await mkdtemp(join(tmpdir(), 'relais-bench-'))
  const path = join(dir, `activite.${format === 'csv' ? 'csv' : 'xlsx'}`)
  const started = performance.now()
  if (format === 'csv') await writeCsvReport(sheets[0], path, { delimiter: ';' })
  else await writeXlsxReport(sheets, path, { language: 'fr' })
  const ms = performance.now() - started
  clearInterval(sampler)
  sample()
  const bytes = (await stat(path)).size
  await rm(dir, { recursive: true, force: true })
  return {
    format,
    interactions: prepared.interactions,
    rows: sheets.reduce((n, s) => n + s.rows.length, 0),
    buildMs: Math.round(prepared.buildMs),
    ms: Math.round(ms),
    baselineRssMB: Math.round(baseline.rss / MB),
    peakRssMB: Math.round(peakRss / MB),
    peakAboveBaselineMB: Math.round((peakHeap - baseline.heapUsed - baseline.external) / MB),
    fileMB: Math.round((bytes / MB) * 10) / 10
  }
}

async function main(): Promise<void> {
  const args = process.argv
  const file = args[args.indexOf(args.includes('--prepare') ? '--prepare' : '--write') + 1]
  if (args.includes('--prepare')) return prepare(file)
  const format = (['xlsx', 'xlsx-detail', 'csv'] as const).find((f) => args.includes(`--${f}`)) ?? 'xlsx'
  console.log(JSON.stringify(await write(file, format)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
