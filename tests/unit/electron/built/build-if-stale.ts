// Builds with electron-vite when out/ is missing or older than any source it is built from.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json']
const OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']

function newestChange(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0)
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((path) => statSync(path).mtimeMs))
  } catch {
    return -1 // missing
  }
}

export default function setup(): void {
  if (oldestOutput() >= Math.max(...SOURCES.map(newestChange))) return
  console.log('[built tests] out/ is missing or stale: npx electron-vite build')
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32'
  })
  if (build.status !== 0) throw new Error('electron-vite build failed')
}
