#!/usr/bin/env node
// Security gate: scans the Electron sources (electron/, renderer/index.html, package.json) with
// Electronegativity and fails on any finding, whatever its severity (informational ones too), not
// explained in scripts/electronegativity-allowlist.json, or on any file it could not parse.
//
// renderer/index.html is scanned as the build ships it: with the CSP <meta> that the build plugin
// (renderer/csp-plugin.ts, loaded through Vite's module runner) adds, so the policy itself is
// reviewed rather than reported missing.
//
// It calls the package's API rather than `electronegativity -o report.csv`: the CLI writes the CSV
// header ('w') and the rows ('a') concurrently, so rows can be lost and the gate would pass on an
// empty report. The CSV is written here instead (out/electronegativity.csv, same columns).
//
// Usage: node scripts/electronegativity.mjs [--output out/electronegativity.csv]
// ELECTRONEGATIVITY_PATH may point at an installed package folder (e.g. a global install).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FALLBACK_ELECTRON_VERSION = '41.10.7'

function loadTool() {
  const require = createRequire(join(root, 'package.json'))
  const candidates = [process.env.ELECTRONEGATIVITY_PATH, '@doyensec/electronegativity'].filter(Boolean)
  for (const candidate of candidates) {
    try {
      return require(require.resolve(candidate))
    } catch {
      // try the next one
    }
  }
  console.error('@doyensec/electronegativity is not installed: add it as a devDependency')
  console.error('(or set ELECTRONEGATIVITY_PATH to an installed copy of the package).')
  process.exit(2)
}

function electronVersion() {
  const installed = join(root, 'node_modules', 'electron', 'package.json')
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version
  return FALLBACK_ELECTRON_VERSION
}

/** renderer/index.html as the build writes it, CSP <meta> included. */
async function builtIndexHtml(path) {
  const { module } = await runnerImport(join(root, 'renderer', 'csp-plugin.ts'))
  return module.addCspMeta(readFileSync(path, 'utf8'))
}

/** A folder holding only what must be scanned, laid out as in the repository. */
async function stageInput() {
  const staged = mkdtempSync(join(tmpdir(), 'relais-electronegativity-'))
  cpSync(join(root, 'electron'), join(staged, 'electron'), { recursive: true })
  cpSync(join(root, 'package.json'), join(staged, 'package.json'))
  const html = join(root, 'renderer', 'index.html')
  if (existsSync(html)) {
    mkdirSync(join(staged, 'renderer'))
    writeFileSync(join(staged, 'renderer', 'index.html'), await builtIndexHtml(html))
  } else console.warn('renderer/index.html not found: its CSP is not scanned')
  return staged
}

function readAllowlist() {
  const file = join(root, 'scripts', 'electronegativity-allowlist.json')
  const { entries } = JSON.parse(readFileSync(file, 'utf8'))
  for (const entry of entries) {
    if (!entry.check || !entry.file || !entry.reason?.trim()) {
      throw new Error(`allowlist entry needs check, file and reason: ${JSON.stringify(entry)}`)
    }
  }
  return entries
}

const normalise = (file) => String(file ?? 'N/A').replaceAll('\\', '/')

function allowedBy(entries, issue) {
  return entries.find(
    (entry) =>
      entry.check === issue.id &&
      (entry.file === '*' || entry.file === normalise(issue.file)) &&
      (!entry.sample || String(issue.sample ?? '').includes(entry.sample))
  )
}

const csvCell = (value) => (value == null ? 'N/A' : `"${String(value).replaceAll('"', '""')}"`)

function writeCsv(path, issues) {
  const header = 'issue,severity,confidence,filename,location,sample,description'
  const rows = issues.map((issue) =>
    [
      issue.id,
      csvCell(issue.severity.name),
      csvCell(issue.confidence.name),
      csvCell(normalise(issue.file)),
      csvCell(`${issue.location.line}:${issue.location.column}`),
      csvCell(issue.sample),
      csvCell(issue.description)
    ].join(',')
  )
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, [header, ...rows].join('\n') + '\n')
}

function report(issues, entries) {
  const used = new Set()
  const blocking = []
  for (const issue of issues) {
    const entry = allowedBy(entries, issue)
    const where = `${normalise(issue.file)}:${issue.location.line}`
    if (entry) {
      used.add(entry)
      console.log(`allowed  ${issue.severity.name.padEnd(6)} ${issue.id} ${where}\n         ${entry.reason}`)
    } else {
      blocking.push(issue)
      console.log(
        `BLOCKING ${issue.severity.name.padEnd(6)} ${issue.id} ${where}\n         ${issue.description}` +
          (issue.sample ? `\n         sample: ${issue.sample}` : '')
      )
    }
  }
  for (const entry of entries.filter((e) => !used.has(e))) {
    console.warn(`unused allowlist entry (remove it?): ${entry.check} ${entry.file}`)
  }
  return blocking
}

async function main() {
  const outputIndex = process.argv.indexOf('--output')
  const output = resolve(root, outputIndex > 0 ? process.argv[outputIndex + 1] : 'out/electronegativity.csv')
  const run = loadTool()
  const entries = readAllowlist()
  const input = await stageInput()
  try {
    const version = electronVersion()
    console.log(`Electronegativity on electron/, renderer/index.html, package.json (Electron ${version})`)
    const result = await run({ input, isRelative: true, electronVersionOverride: version })
    writeCsv(output, result.issues)
    const parseErrors = result.errors.filter((error) => !error.tolerable)
    for (const error of parseErrors) console.log(`UNSCANNED ${error.file}: ${error.message}`)
    const blocking = report(result.issues, entries)
    console.log(`${result.issues.length} findings, ${blocking.length} blocking; report: ${output}`)
    if (blocking.length > 0 || parseErrors.length > 0) process.exitCode = 1
  } finally {
    rmSync(input, { recursive: true, force: true })
  }
}

await main()
