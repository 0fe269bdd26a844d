// Benchmark figure 8: XLSX and CSV export of 100,000 interactions through main's writers, in Node.
// Usage: node bench/export-node.mjs [--json] [--repeat N]   (about 10 s a run; needs no browser)
// Bundles bench/export-entry.ts with Vite (the writers and shared/ are TypeScript), builds the
// report's sheets once, then writes them once per format and run, each in a fresh
// `node --expose-gc` process holding only the sheets (as main does), and prints time and memory.
// The benchmark harness can import { runExportBenchmark } and add the figures to its table.
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(root, 'out/bench')

async function bundle() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
    build: {
      ssr: resolve(root, 'bench/export-entry.ts'),
      outDir,
      emptyOutDir: false,
      rollupOptions: { external: ['exceljs'], output: { entryFileNames: 'export-entry.mjs' } }
    }
  })
  return resolve(outDir, 'export-entry.mjs')
}

const sheetsFile = resolve(outDir, 'activity-sheets.bin')

function node(entry, args) {
  return execFileSync(process.execPath, ['--expose-gc', entry, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024
  })
}

function run(entry, format) {
  return JSON.parse(
    node(entry, ['--write', sheetsFile, `--${format}`])
      .trim()
      .split('\n')
      .pop()
  )
}

/** The run with the median write time, and every run's time, for `repeat` runs. */
function median(entry, format, repeat) {
  const runs = Array.from({ length: repeat }, () => run(entry, format)).sort((a, b) => a.ms - b.ms)
  return { ...runs[Math.floor((runs.length - 1) / 2)], runsMs: runs.map((r) => r.ms) }
}

/** Targets from the benchmark issue: XLSX ≤ 3 s under 200 MB, CSV ≤ 0.5 s. */
export async function runExportBenchmark({ repeat = 1 } = {}) {
  const entry = await bundle()
  node(entry, ['--prepare', sheetsFile])
  return {
    xlsx: { ...median(entry, 'xlsx', repeat), target: { ms: 3000, peakAboveBaselineMB: 200 } },
    xlsxInteractionsOnly: {
      ...median(entry, 'xlsx-detail', repeat),
      target: { ms: 3000, peakAboveBaselineMB: 200 }
    },
    csv: { ...median(entry, 'csv', repeat), target: { ms: 500 } }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--repeat')
  const results = await runExportBenchmark({ repeat: at > 0 ? Number(process.argv[at + 1]) || 1 : 1 })
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2))
  else {
    console.table(
      Object.values(results).map((r) => ({
        format: r.format,
        runs: r.runsMs.join(' / '),
        rows: r.rows,
        'build rows (ms)': r.buildMs,
        'write (ms)': r.ms,
        'target (ms)': r.target.ms,
        'RSS before (MB)': r.baselineRssMB,
        'peak RSS (MB)': r.peakRssMB,
        'peak heap growth (MB)': r.peakAboveBaselineMB,
        'file (MB)': r.fileMB
      }))
    )
  }
}
