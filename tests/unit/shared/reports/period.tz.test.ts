import { describe, expect, it } from 'vitest'
import { dateInPeriod, instantInPeriod, resolvePeriod } from '@shared/reports/period'

describe('report periods', () => {
  it('this week runs Monday to Sunday, also from a Sunday', () => {
    expect(resolvePeriod('week', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(resolvePeriod('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(resolvePeriod('week', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-06' })
  })

  it('this month and this quarter end on their last day, leap years included', () => {
    expect(resolvePeriod('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(resolvePeriod('quarter', '2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(resolvePeriod('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(resolvePeriod('year', '2026-06-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('a range keeps its ends, in order', () => {
    expect(resolvePeriod('range', '2026-11-25', { from: '2026-12-05', to: '2026-01-02' })).toEqual({
      from: '2026-01-02',
      to: '2026-12-05'
    })
  })

  it('tests instants by the local calendar day, both ends included', () => {
    const inNovember = instantInPeriod({ from: '2026-11-01', to: '2026-11-30' })
    const local = (y: number, m: number, d: number, h = 0, min = 0) =>
      new Date(y, m - 1, d, h, min).toISOString()
    expect(inNovember(local(2026, 11, 1, 0, 0))).toBe(true)
    expect(inNovember(local(2026, 11, 30, 23, 59))).toBe(true)
    expect(inNovember(local(2026, 12, 1, 0, 0))).toBe(false)
    expect(inNovember(local(2026, 10, 31, 23, 59))).toBe(false)
    expect(inNovember(null)).toBe(false)
    expect(dateInPeriod({ from: '2026-11-01', to: '2026-11-30' })('2026-11-30')).toBe(true)
    expect(dateInPeriod({ from: '2026-11-01', to: '2026-11-30' })('2026-12-01')).toBe(false)
  })
})
