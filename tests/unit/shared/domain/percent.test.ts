import { describe, expect, it } from 'vitest'
import { formatPercent, percentSuffix } from '@shared/domain/percent'

describe('a percentage', () => {
  it('has a non-breaking space before % in French', () => {
    expect(formatPercent(0.1, 'fr')).toBe('10\u00a0%')
    expect(formatPercent(1, 'fr')).toBe('100\u00a0%')
    expect(formatPercent(0.125, 'fr')).toBe('13\u00a0%')
    expect(formatPercent(12.5, 'fr')).toBe('1\u00a0250\u00a0%')
  })

  it('has no space before % in English', () => {
    expect(formatPercent(0.1, 'en')).toBe('10%')
    expect(formatPercent(0, 'en')).toBe('0%')
    expect(formatPercent(12.5, 'en')).toBe('1,250%')
  })

  it('gives a field the suffix of its language', () => {
    expect(percentSuffix('fr')).toBe('\u00a0%')
    expect(percentSuffix('en')).toBe('%')
  })
})
