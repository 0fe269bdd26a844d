import { describe, expect, it } from 'vitest'
import { parseTypedDate } from '@shared/domain/typed-dates'

const TODAY = '2026-12-03'
const fr = (text: string, today = TODAY) => parseTypedDate(text, 'fr', today)
const en = (text: string, today = TODAY) => parseTypedDate(text, 'en', today)

describe('dates typed the Quebec way', () => {
  it('reads day-first numeric dates in French with slashes, points or dashes', () => {
    expect(fr('15/03/2026')).toBe('2026-03-15')
    expect(fr('15.03.2026')).toBe('2026-03-15')
    expect(fr('15-03-2026')).toBe('2026-03-15')
    expect(fr('5/3/2026')).toBe('2026-03-05')
    expect(fr(' 15 / 03 / 2026 ')).toBe('2026-03-15')
    expect(fr('15/03/26')).toBe('2026-03-15')
  })

  it('reads ISO dates in both languages', () => {
    expect(fr('2026-03-15')).toBe('2026-03-15')
    expect(en('2026-03-15')).toBe('2026-03-15')
    expect(en('2026/3/5')).toBe('2026-03-05')
  })

  it('reads month names in both languages, « 1er », abbreviations and weekdays', () => {
    expect(fr('1er avril 2026')).toBe('2026-04-01')
    expect(fr('15 mars 2026')).toBe('2026-03-15')
    expect(fr('3 déc. 2026')).toBe('2026-12-03')
    expect(fr('mardi 3 mars 2026')).toBe('2026-03-03')
    expect(fr('le 12 février 2027')).toBe('2027-02-12')
    expect(fr('15 March 2026')).toBe('2026-03-15')
    expect(en('March 15, 2026')).toBe('2026-03-15')
    expect(en('Mar 15, 2026')).toBe('2026-03-15')
    expect(en('April 1st 2026')).toBe('2026-04-01')
    expect(en('15 mars 2026')).toBe('2026-03-15')
    expect(en('Tuesday, March 3, 2026')).toBe('2026-03-03')
  })

  it('in English, reads month-first only where day-first is impossible', () => {
    expect(en('03/15/2026')).toBe('2026-03-15')
    expect(en('15/03/2026')).toBe('2026-03-15')
    // Both readable: day first, as in French
    expect(en('03/04/2026')).toBe('2026-04-03')
    // French never reads month-first
    expect(fr('03/15/2026')).toBeNull()
  })

  it('gives a date without a year the nearest year, never one far from today', () => {
    expect(fr('15 mars', '2026-12-03')).toBe('2027-03-15')
    expect(fr('15 mars', '2026-03-20')).toBe('2026-03-15')
    expect(fr('15 janv.', '2026-12-03')).toBe('2027-01-15')
    expect(fr('20/11', '2026-12-03')).toBe('2026-11-20')
    expect(en('Jun 10', '2026-12-03')).toBe('2026-06-10')
    expect(en('Jun 3', '2026-12-03')).toBe('2027-06-03')
    expect(fr('29 février', '2027-12-03')).toBe('2028-02-29')
    // Two-digit years: the century nearest today
    expect(fr('1/1/99', '2026-12-03')).toBe('1999-01-01')
  })

  it('refuses what cannot be read instead of guessing', () => {
    for (const text of [
      '31/02/2026',
      '32/01/2026',
      '15/13/2026',
      '15 marss 2026',
      'demain',
      '15/03/202',
      '1/1/0026',
      '2026-02-30',
      '12',
      ''
    ])
      expect([text, fr(text)]).toEqual([text, null])
  })
})
