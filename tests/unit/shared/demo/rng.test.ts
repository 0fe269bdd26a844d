import { describe, expect, it } from 'vitest'
import { allocate, Rng, rngFor } from '@shared/demo/rng'

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Rng(7)
    const b = new Rng(7)
    expect([a.uint32(), a.uint32(), a.uint32()]).toEqual([b.uint32(), b.uint32(), b.uint32()])
    expect(new Rng(7).uint32()).not.toBe(new Rng(8).uint32())
  })

  it('makes version-4-shaped UUIDs', () => {
    const rng = new Rng(1)
    for (let i = 0; i < 200; i++)
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('keeps int within bounds and sample distinct', () => {
    const rng = new Rng(3)
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(-2, 2)
      expect(n).toBeGreaterThanOrEqual(-2)
      expect(n).toBeLessThanOrEqual(2)
    }
    const picked = rng.sample([1, 2, 3, 4, 5, 6], 4)
    expect(new Set(picked).size).toBe(4)
  })

  it('gives independent streams per label', () => {
    expect(rngFor(1, 'contacts').uint32()).not.toBe(rngFor(1, 'events').uint32())
    expect(rngFor(1, 'contacts').uint32()).toBe(rngFor(1, 'contacts').uint32())
  })
})

describe('allocate', () => {
  it('splits a total exactly, in proportion to the weights', () => {
    const parts = allocate(100, [1, 1, 2, 0, 6])
    expect(Array.from(parts)).toEqual([10, 10, 20, 0, 60])
    const odd = allocate(10, [1, 1, 1])
    expect(odd.reduce((s, n) => s + n, 0)).toBe(10)
  })

  it('gives nothing when there is no weight', () => {
    expect(Array.from(allocate(5, [0, 0]))).toEqual([0, 0])
  })
})
