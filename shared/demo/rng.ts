// Seeded randomness for the demo and benchmark workspaces: the same seed gives the same workspace,
// so tests and benchmark runs compare like with like. Not for anything secret.

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
const UUID_CODES: number[] = new Array(36).fill(45)
const DASH = 45

export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** mulberry32: one 32-bit word of state, fast, and good enough for test data. */
  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Pick by weight: entries are [value, weight] with weights > 0. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of entries) total += weight
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries[entries.length - 1][0]
  }

  /** n distinct items (or all of them if there are fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice()
    const count = Math.min(n, copy.length)
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i))
      const swap = copy[i]
      copy[i] = copy[j]
      copy[j] = swap
    }
    return copy.slice(0, count)
  }

  /** A version-4-shaped UUID drawn from this stream (crypto.randomUUID would break determinism). */
  uuid(): string {
    let word = 0
    for (let i = 0, n = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        UUID_CODES[i] = DASH
        continue
      }
      if ((n & 7) === 0) word = this.uint32()
      const nibble = (word >>> (28 - 4 * (n & 7))) & 15
      UUID_CODES[i] = HEX_CODES[i === 14 ? 4 : i === 19 ? (nibble & 3) | 8 : nibble]
      n++
    }
    // One flat string from char codes: pasted pieces would stay a rope of ten objects per id
    return String.fromCharCode(...UUID_CODES)
  }
}

/**
 * An independent stream per table ("contacts", "interactions"…): a change in how one table is
 * generated then leaves the others as they were.
 */
export function rngFor(seed: number, label: string): Rng {
  let hash = 0x811c9dc5 ^ (seed >>> 0)
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193)
  return new Rng(hash >>> 0)
}

/**
 * Split `total` into integer parts proportional to `weights` (largest remainder), summing exactly
 * to `total`: the large workspace promises exact counts.
 */
export function allocate(total: number, weights: ArrayLike<number>): Int32Array {
  const parts = new Int32Array(weights.length)
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += weights[i]
  if (sum <= 0 || total <= 0) return parts
  const remainders = new Float64Array(weights.length)
  let given = 0
  for (let i = 0; i < weights.length; i++) {
    const exact = (total * weights[i]) / sum
    parts[i] = Math.floor(exact)
    remainders[i] = exact - parts[i]
    given += parts[i]
  }
  const order = Array.from(remainders.keys()).sort((x, y) => remainders[y] - remainders[x] || x - y)
  for (let k = 0; k < total - given; k++) parts[order[k % order.length]]++
  return parts
}
