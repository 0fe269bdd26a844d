import { describe, expect, it } from 'vitest'
import { formatCents, formatCentsCompact, parseMoney, parseOptionalMoney } from '@shared/domain/money'

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
    ['1 250 000 CAD', 'en', 125_000_000],
    // French with thousands written the English way or with dots: groups of three mean thousands
    ['250,000 $', 'fr', 25_000_000],
    ['1,250,000', 'fr', 125_000_000],
    ['1.250.000 $', 'fr', 125_000_000],
    ['250.000,50 $', 'fr', 25_000_050],
    ['12,5', 'fr', 1_250],
    ['\u00a0250\u202f000\u00a0$', 'fr', 25_000_000],
    ['0', 'fr', 0]
  ] as const)('reads %s (%s)', (input, language, cents) => {
    expect(parseMoney(input, language)).toEqual({ ok: true, cents })
  })

  it('refuses text and negative amounts with a translatable key', () => {
    expect(parseMoney('abc', 'fr')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('', 'en')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('-5 000 $', 'fr')).toEqual({ ok: false, key: 'validation.amountNegative' })
    expect(parseMoney('12.345', 'en')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('(250 000 $)', 'fr')).toEqual({ ok: false, key: 'validation.amountNegative' })
    expect(parseMoney('1,5 M$', 'fr')).toEqual({ ok: false, key: 'validation.amount' })
    expect(parseMoney('250 000,123', 'fr')).toEqual({ ok: false, key: 'validation.amount' })
  })

  it('refuses amounts beyond what a record holds', () => {
    expect(parseMoney('99999999999999999', 'en')).toEqual({ ok: false, key: 'validation.amountTooLarge' })
    expect(parseMoney('10000000000000', 'en')).toEqual({ ok: true, cents: 1e15 })
  })

  it('reads what it wrote, in both languages', () => {
    for (const cents of [0, 5, 12_345, 25_000_000, 123_456_789_01]) {
      for (const language of ['fr', 'en'] as const) {
        expect(parseMoney(formatCents(cents, language), language)).toEqual({ ok: true, cents })
      }
    }
  })
})

describe('parseOptionalMoney', () => {
  it('takes an empty field as no amount', () => {
    expect(parseOptionalMoney('  ', 'fr')).toEqual({ ok: true, cents: null })
    expect(parseOptionalMoney('abc', 'fr')).toEqual({ ok: false, key: 'validation.amount' })
  })
})

describe('formatCentsCompact', () => {
  it('shortens large amounts for charts', () => {
    expect(nbsp(formatCentsCompact(250_000_000, 'fr'))).toBe('2,5 M $')
    expect(formatCentsCompact(250_000_000, 'en')).toBe('$2.5M')
  })
})
