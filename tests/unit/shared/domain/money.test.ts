import { describe, expect, it } from 'vitest'
import { formatCents, parseMoney } from '@shared/domain/money'

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('formatCents', () => {
  it('writes money the Quebec way in each language', () => {
    expect(nbsp(formatCents(25_000_000, 'fr'))).toBe('250 000 $')
    expect(formatCents(25_000_000, 'en')).toBe('$250,000')
    expect(nbsp(formatCents(12_345, 'fr'))).toBe('123,45 $')
  })
})

describe('parseMoney', () => {
  it.each([
    ['250 000 $', 'fr', 25_000_000],
    ['250 000,50 $', 'fr', 25_000_050],
    ['250000', 'fr', 25_000_000],
    ['$250,000', 'en', 25_000_000],
    ['$250,000.5', 'en', 25_000_050],
    ['1 250 000 CAD', 'en', 125_000_000]
  ] as const)('reads %s (%s)', (input, language, cents) => {
    expect(parseMoney(input, language)).toEqual({ ok: true, cents })
  })

  it('refuses text and negative amounts with a translatable key', () => {
    expect(parseMoney('abc', 'fr')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('', 'en')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('-5 000 $', 'fr')).toEqual({ ok: false, key: 'validation.amountNegative' })
    expect(parseMoney('12.345', 'en')).toEqual({ ok: false, key: 'validation.amount' })
  })
})
