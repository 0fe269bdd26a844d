// Random payloads for the IPC fuzz test: garbage of every type, and valid samples mutated at any
// depth (a field replaced, removed, or joined by an extra key such as an own __proto__).
import type { IpcChannel } from '@shared/ipc/channels'

export function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BACKUP_NAME = 'relais-2026-11-25T14-30-05-123Z-daily.json'
const HUGE = 'a'.repeat(100_001)

const NASTY_STRINGS = [
  '',
  '.',
  '..',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  `../${BACKUP_NAME}`,
  `${BACKUP_NAME}/../../secret`,
  'relais-2026-11-25T14-30-05-123Z-weekly.json',
  BACKUP_NAME,
  'rapport.csv',
  'a'.repeat(201),
  'a'.repeat(2001),
  'a'.repeat(40_000),
  HUGE,
  'nul\0.csv',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://example.org/',
  'https://user:pass@example.org/',
  'mailto:info@example.org',
  'app://relais.evil/',
  'Éloïse 🚀',
  '=HYPERLINK("x")',
  '__proto__',
  'constructor',
  'fr',
  'en',
  'de',
  'xlsx',
  'csv',
  ';',
  ',',
  'daily',
  'pre-migration',
  'Feuil[1]',
  'text',
  'date'
]
const NASTY_NUMBERS = [0, -1, 1, 1.5, 12, 256, 1000, 100 * 1024 * 1024 + 1, Number.MAX_SAFE_INTEGER]
const WILD_NUMBERS = [-Infinity, Infinity, Number.NaN, 1e308, -0]
const KEYS = ['url', 'name', 'content', 'suggestedName', 'filters', 'kind', 'path', 'filePath']
const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'path', 'filePath', 'defaultPath', 'x']

type Next = () => number
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)]

/** An own enumerable property, even for __proto__ (as JSON.parse or a structured clone makes it). */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

export function randomValue(next: Next, depth = 0): unknown {
  switch (Math.floor(next() * (depth > 2 ? 7 : 10))) {
    case 0:
      return next() < 0.5 ? null : undefined
    case 1:
      return next() < 0.5
    case 2:
      return pick(next, next() < 0.8 ? NASTY_NUMBERS : WILD_NUMBERS)
    case 3:
    case 4:
      return pick(next, NASTY_STRINGS)
    case 5:
      return new Uint8Array(Math.floor(next() * 4))
    case 6:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')
    case 7:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1))
    default: {
      const out: Record<string, unknown> = {}
      for (let i = 0; i < Math.floor(next() * 4); i++)
        setOwn(out, pick(next, [...KEYS, ...EXTRA_KEYS]), randomValue(next, depth + 1))
      return out
    }
  }
}

/** A hostile value of the same type, which may still pass the schema (a path where a name goes). */
function sameType(value: unknown, next: Next): unknown {
  if (typeof value === 'string') return pick(next, NASTY_STRINGS)
  if (typeof value === 'number') return pick(next, [...NASTY_NUMBERS, ...WILD_NUMBERS])
  return randomValue(next)
}

const isContainer = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Uint8Array)

/** A copy of the sample with one change somewhere inside it. */
function mutate(sample: unknown, next: Next): unknown {
  const copy: unknown = structuredClone(sample)
  if (!isContainer(copy)) return randomValue(next)
  // Walk down a random path, then change the container reached
  let node: Record<string, unknown> = copy
  for (;;) {
    const children = Object.keys(node).filter((k) => isContainer(node[k]))
    if (children.length === 0 || next() < 0.4) break
    node = node[pick(next, children)] as Record<string, unknown>
  }
  const keys = Object.keys(node)
  const op = next()
  if (keys.length === 0 || op < 0.15) setOwn(node, pick(next, EXTRA_KEYS), randomValue(next))
  else if (op < 0.35) delete node[pick(next, keys)]
  else {
    const key = pick(next, keys)
    node[key] = next() < 0.5 ? sameType(node[key], next) : randomValue(next)
  }
  return copy
}

/** `count` payloads for a channel: one in three pure garbage, the rest its sample, mutated. */
export function payloads(channel: IpcChannel, sample: unknown, count: number): unknown[] {
  const next = prng([...channel].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7))
  return Array.from({ length: count }, (_, i) => {
    if (i % 3 === 0) return randomValue(next)
    if (i % 10 === 1) return structuredClone(sample)
    return mutate(sample, next)
  })
}
