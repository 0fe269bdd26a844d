import { describe, expect, it } from 'vitest'
import { addCalendarDays } from '@shared/domain/dates'
import { dueBucket, groupByDueBucket, nextMonday, presetDueDate } from '@shared/domain/due-dates'

describe('due buckets', () => {
  const today = '2026-03-03'

  it('splits overdue, today, the next seven days and later', () => {
    expect(dueBucket('2025-12-31', today)).toBe('overdue')
    expect(dueBucket('2026-03-02', today)).toBe('overdue')
    expect(dueBucket('2026-03-03', today)).toBe('today')
    expect(dueBucket('2026-03-04', today)).toBe('this-week')
    expect(dueBucket('2026-03-10', today)).toBe('this-week')
    expect(dueBucket('2026-03-11', today)).toBe('later')
  })

  it('counts the days of short months and the DST weekend right', () => {
    // 2026-03-08 is Quebec's spring-forward Sunday
    expect(dueBucket('2026-03-09', '2026-03-02')).toBe('this-week')
    expect(dueBucket('2026-03-01', '2026-02-28')).toBe('this-week')
    expect(dueBucket('2028-03-07', '2028-02-29')).toBe('this-week')
    expect(dueBucket('2028-03-08', '2028-02-29')).toBe('later')
  })

  it('groups and sorts by due date inside each bucket', () => {
    const items = ['2026-03-20', '2026-03-01', '2026-03-03', '2026-02-27', '2026-03-05'].map((dueDate) => ({
      dueDate
    }))
    const groups = groupByDueBucket(items, today)
    expect(groups.overdue.map((i) => i.dueDate)).toEqual(['2026-02-27', '2026-03-01'])
    expect(groups.today.map((i) => i.dueDate)).toEqual(['2026-03-03'])
    expect(groups['this-week'].map((i) => i.dueDate)).toEqual(['2026-03-05'])
    expect(groups.later.map((i) => i.dueDate)).toEqual(['2026-03-20'])
  })
})

describe('snooze and follow-up presets', () => {
  it('next week is the next Monday, strictly after today', () => {
    // 2026-03-01 is a Sunday
    const expected = [
      '2026-03-02',
      '2026-03-09',
      '2026-03-09',
      '2026-03-09',
      '2026-03-09',
      '2026-03-09',
      '2026-03-09'
    ]
    for (let offset = 0; offset < 7; offset++) {
      expect(nextMonday(addCalendarDays('2026-03-01', offset))).toBe(expected[offset])
    }
  })

  it('crosses month and year ends', () => {
    expect(presetDueDate('tomorrow', '2026-01-31')).toBe('2026-02-01')
    expect(presetDueDate('tomorrow', '2026-12-31')).toBe('2027-01-01')
    expect(presetDueDate('next-week', '2026-04-29')).toBe('2026-05-04')
    expect(presetDueDate('in-two-weeks', '2026-02-20')).toBe('2026-03-06')
    expect(presetDueDate('in-two-weeks', '2028-02-20')).toBe('2028-03-05')
  })

  it('keeps the weekday over the autumn DST change', () => {
    expect(presetDueDate('in-two-weeks', '2026-10-26')).toBe('2026-11-09')
    expect(presetDueDate('next-week', '2026-10-30')).toBe('2026-11-02')
  })
})
