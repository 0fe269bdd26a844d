// Benchmark: search latency per keystroke on the large workspace (issue 7's target: 95th percentile
// under 50 ms), with the index's build time and memory.
// Usage: node bench/search-node.mjs [--json]   (about 15 s; needs no browser)
// The benchmark harness can import { runSearchBenchmark } and add the figures to its table.
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(root, 'out/bench')

export async function runSearchBenchmark() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    build: {
      ssr: resolve(root, 'bench/search-entry.ts'),
      outDir,
      emptyOutDir: false,
      rollupOptions: { output: { entryFileNames: 'search-entry.mjs' } }
    }
  })
  const output = execFileSync(process.execPath, ['--expose-gc', resolve(outDir, 'search-entry.mjs')], {
    cwd: root,
    encoding: 'utf8'
  })
  const figures = JSON.parse(output.trim().split('\n').pop())
  return { ...figures, target: { p95Ms: 50 } }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runSearchBenchmark()
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
  else {
    console.table({
      'search (large workspace)': {
        records: result.records,
        'index build (ms)': result.buildMs,
        'index heap (MB)': result.heapMB,
        keystrokes: result.keystrokes,
        'median (ms)': result.medianMs,
        'p95 (ms)': result.p95Ms,
        'max (ms)': result.maxMs,
        'target p95 (ms)': result.target.p95Ms
      }
    })
  }
}
