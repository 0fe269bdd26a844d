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
      'la semaine prochaine',
      '15/03/202',
      '1/1/0026',
      '2026-02-30',
      '12',
      ''
    ])
      expect([text, fr(text)]).toEqual([text, null])
  })
})

describe('days named from today (the officer the morning after: « hier », « demain », « dans 2 semaines »)', () => {
  it('reads today, tomorrow, the day after, yesterday and the day before, in both languages', () => {
    // TODAY is Thursday 2026-12-03
    expect(fr('aujourd’hui')).toBe('2026-12-03')
    expect(fr("Aujourd'hui")).toBe('2026-12-03')
    expect(fr('demain')).toBe('2026-12-04')
    expect(fr('après-demain')).toBe('2026-12-05')
    expect(fr('apres demain')).toBe('2026-12-05')
    expect(fr('Hier')).toBe('2026-12-02')
    expect(fr('avant-hier')).toBe('2026-12-01')
    expect(en('today')).toBe('2026-12-03')
    expect(en('Tomorrow')).toBe('2026-12-04')
    expect(en('yesterday')).toBe('2026-12-02')
    expect(en('demain')).toBe('2026-12-04')
  })

  it('counts days and weeks ahead, across a month and a year', () => {
    expect(fr('dans 3 jours')).toBe('2026-12-06')
    expect(fr('dans 1 jour')).toBe('2026-12-04')
    expect(fr('dans 2 semaines')).toBe('2026-12-17')
    expect(fr('dans 30 jours')).toBe('2027-01-02')
    expect(en('in 4 weeks')).toBe('2026-12-31')
    expect(en('in 10 days')).toBe('2026-12-13')
  })

  it('leaves a weekday alone and other words unread', () => {
    expect(fr('vendredi')).toBeNull()
    expect(en('friday')).toBeNull()
    expect(fr('bientôt')).toBeNull()
    expect(fr('dans 3 mois')).toBeNull()
    expect(fr('demain matin')).toBeNull()
  })
})
