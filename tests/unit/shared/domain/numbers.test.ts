import { describe, expect, it } from 'vitest'
import { parseLocaleNumber } from '@shared/domain/numbers'

describe('numbers typed the way each language writes them', () => {
  it('reads a decimal comma as a fraction, never as a bigger whole number', () => {
    expect(parseLocaleNumber('12,5', 'fr')).toBe(12.5)
    expect(parseLocaleNumber('4,0', 'fr')).toBe(4)
    expect(parseLocaleNumber('12,5', 'en')).toBe(12.5)
    expect(parseLocaleNumber('12.5', 'en')).toBe(12.5)
    expect(parseLocaleNumber('12.5', 'fr')).toBe(12.5)
  })

  it('reads thousands grouped by spaces, and by commas or points in groups of three', () => {
    expect(parseLocaleNumber('1 200', 'fr')).toBe(1200)
    expect(parseLocaleNumber('1\u202f200', 'fr')).toBe(1200)
    expect(parseLocaleNumber('1,200', 'en')).toBe(1200)
    expect(parseLocaleNumber('1,200', 'fr')).toBe(1200)
    expect(parseLocaleNumber('1.200', 'fr')).toBe(1200)
    expect(parseLocaleNumber('1.200', 'en')).toBe(1.2)
    expect(parseLocaleNumber('1,234,567', 'en')).toBe(1234567)
  })

  it('says empty and unreadable apart', () => {
    expect(parseLocaleNumber('  ', 'fr')).toBeNull()
    expect(parseLocaleNumber('douze', 'fr')).toBeNaN()
    expect(parseLocaleNumber('12,5,3', 'fr')).toBeNaN()
    expect(parseLocaleNumber('1.2.3', 'en')).toBeNaN()
    expect(parseLocaleNumber('-3', 'fr')).toBe(-3)
  })
})
