// Runs once per time zone (see vitest.config.mts): calendar dates must not move with the zone.
import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDateOf,
  calendarDaysSince,
  daysBetween,
  formatCalendarDate,
  formatDateInWords,
  formatLongDate,
  formatMonth,
  formatTimestamp,
  formatWeekdayDate,
  fromLocalParts,
  localMinuteKey,
  localParts,
  monthKeyOf,
  todayDate,
  weekdayOf
} from '@shared/domain/dates'
import { dueBucket, nextMonday, presetDueDate } from '@shared/domain/due-dates'
import { parseTypedDate } from '@shared/domain/typed-dates'

const zone = process.env.TZ ?? ''

/** 2026-03-03 14:30 UTC: 9:30 in Toronto, 4:30 in Honolulu, 23:30 in Tokyo, already the 4th in Kiritimati. */
const INSTANT = new Date('2026-03-03T14:30:00Z')
const LOCAL_TODAY: Record<string, string> = {
  'Pacific/Honolulu': '2026-03-03',
  'America/Toronto': '2026-03-03',
  'Europe/Paris': '2026-03-03',
  'Asia/Tokyo': '2026-03-03',
  'Pacific/Kiritimati': '2026-03-04'
}

/** The local time that does not exist on each zone's spring-forward night, and what it becomes. */
const SPRING_GAP: Record<string, { date: string; time: string; becomes: string } | null> = {
  'Pacific/Honolulu': null,
  'America/Toronto': { date: '2026-03-08', time: '02:30', becomes: '03:30' },
  'Europe/Paris': { date: '2026-03-29', time: '02:30', becomes: '03:30' },
  'Asia/Tokyo': null,
  'Pacific/Kiritimati': null
}

describe(`calendar dates in ${zone}`, () => {
  it('runs in the time zone it claims', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
  })

  it('writes the first of the month « 1er » in French long dates, 1 in English', () => {
    expect(formatLongDate('2026-12-01', 'fr')).toBe('mardi 1er décembre 2026')
    expect(formatLongDate('2026-12-01', 'en')).toBe('Tuesday, December 1, 2026')
  })

  it('shows the 3rd as the 3rd in both languages', () => {
    expect(formatCalendarDate('2026-03-03', 'fr')).toBe('3 mars 2026')
    expect(formatCalendarDate('2026-03-03', 'en')).toBe('Mar 3, 2026')
    expect(formatLongDate('2026-03-03', 'fr')).toBe('mardi 3 mars 2026')
    expect(formatLongDate('2026-03-03', 'en')).toBe('Tuesday, March 3, 2026')
    expect(formatMonth('2026-03', 'fr')).toBe('mars 2026')
    expect(formatMonth('2026-12', 'en')).toBe('December 2026')
    expect(weekdayOf('2026-03-03')).toBe(2)
  })

  it('writes the first of the month « 1er » in French short dates too, never the 2nd or the 21st', () => {
    expect(formatCalendarDate('2026-12-01', 'fr')).toBe('1er déc. 2026')
    expect(formatCalendarDate('2026-12-02', 'fr')).toBe('2 déc. 2026')
    expect(formatCalendarDate('2026-12-21', 'fr')).toBe('21 déc. 2026')
    expect(formatCalendarDate('2026-12-01', 'en')).toBe('Dec 1, 2026')
    expect(formatCalendarDate('2026-12-02', 'en')).toBe('Dec 2, 2026')
    expect(formatCalendarDate('2026-12-21', 'en')).toBe('Dec 21, 2026')
    expect(formatWeekdayDate('2026-12-01', 'fr')).toBe('mar. 1er déc.')
    expect(formatWeekdayDate('2026-12-21', 'fr')).toBe('lun. 21 déc.')
    expect(formatWeekdayDate('2026-12-01', 'en')).toBe('Tue, Dec 1')
    expect(formatTimestamp(fromLocalParts('2026-12-01', '17:30'), 'fr')).toBe('1er déc. 2026, 17 h 30')
    expect(formatTimestamp(fromLocalParts('2026-12-21', '09:05'), 'fr')).toBe('21 déc. 2026, 9 h 05')
    expect(formatTimestamp(fromLocalParts('2026-12-01', '17:30'), 'en')).toBe('Dec 1, 2026, 5:30 PM')
  })

  it('reads back every short date it shows, in both languages', () => {
    for (const date of ['2026-12-01', '2026-12-02', '2026-12-21', '2027-01-01']) {
      expect(parseTypedDate(formatCalendarDate(date, 'fr'), 'fr', '2026-12-03')).toBe(date)
      expect(parseTypedDate(formatCalendarDate(date, 'en'), 'en', '2026-12-03')).toBe(date)
    }
    expect(parseTypedDate('1er déc. 2026', 'fr', '2026-12-03')).toBe('2026-12-01')
  })

  it('writes a date out for a sentence, the first of the month as « 1er » in French', () => {
    expect(formatDateInWords('2026-03-03', 'fr')).toBe('3 mars 2026')
    expect(formatDateInWords('2026-03-03', 'en')).toBe('March 3, 2026')
    expect(formatDateInWords('2026-02-13', 'fr')).toBe('13 février 2026')
    expect(formatDateInWords('2026-03-01', 'fr')).toBe('1er mars 2026')
    expect(formatDateInWords('2026-03-01', 'en')).toBe('March 1, 2026')
  })

  it('adds days across both DST changes of Quebec and Europe', () => {
    expect(addCalendarDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09')
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addCalendarDays('2026-10-31', 1)).toBe('2026-11-01')
    expect(addCalendarDays('2026-11-01', 1)).toBe('2026-11-02')
    expect(addCalendarDays('2026-10-24', 7)).toBe('2026-10-31')
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(daysBetween('2026-10-25', '2026-11-08')).toBe(14)
    expect(daysBetween('2026-11-08', '2026-10-25')).toBe(-14)
  })

  it('crosses month ends, leap days and the new year', () => {
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14)
  })

  it('puts follow-ups in the same buckets whatever the zone', () => {
    expect(dueBucket('2026-01-28', '2026-01-29')).toBe('overdue')
    expect(dueBucket('2026-01-29', '2026-01-29')).toBe('today')
    expect(dueBucket('2026-02-05', '2026-01-29')).toBe('this-week')
    expect(dueBucket('2026-02-06', '2026-01-29')).toBe('later')
    expect(dueBucket('2026-03-09', '2026-03-07')).toBe('this-week')
    expect(presetDueDate('in-two-weeks', '2026-10-25')).toBe('2026-11-08')
    expect(nextMonday('2026-12-30')).toBe('2027-01-04')
  })

  it('takes today in the system zone, or in the zone asked for', () => {
    expect(todayDate(INSTANT)).toBe(LOCAL_TODAY[zone])
    expect(calendarDateOf(INSTANT, 'America/Toronto')).toBe('2026-03-03')
    expect(calendarDateOf(INSTANT, 'Pacific/Kiritimati')).toBe('2026-03-04')
  })

  it('counts the days since a stored timestamp from its day in this zone, whatever its offset', () => {
    // INSTANT is the 3rd everywhere but Kiritimati, where it is already the 4th
    const days = zone === 'Pacific/Kiritimati' ? 1 : 2
    expect(calendarDaysSince('2026-03-03T14:30:00.000Z', '2026-03-05')).toBe(days)
    expect(calendarDaysSince('2026-03-03T23:30:00+09:00', '2026-03-05')).toBe(days)
    expect(calendarDaysSince('2026-03-03T14:30:00Z', '2026-03-03')).toBe(days - 2)
  })

  it('keys an instant by its minute in the system zone, as in that zone named', () => {
    const key = {
      'Pacific/Honolulu': '2026-03-03T04:30',
      'America/Toronto': '2026-03-03T09:30',
      'Europe/Paris': '2026-03-03T15:30',
      'Asia/Tokyo': '2026-03-03T23:30',
      'Pacific/Kiritimati': '2026-03-04T04:30'
    }[zone]
    expect(localMinuteKey('2026-03-03T14:30:00.000Z')).toBe(key)
    expect(localMinuteKey('2026-03-03T14:30:00.000Z', zone)).toBe(key)
    expect(localMinuteKey('2026-03-03T09:30:00-05:00')).toBe(key)
    expect(() => localMinuteKey('not a date')).toThrow(RangeError)
  })

  it('turns a local date and time into an instant and back', () => {
    expect(localParts(fromLocalParts('2026-03-03', '17:30'))).toEqual({ date: '2026-03-03', time: '17:30' })
    expect(localParts(fromLocalParts('2026-02-28', '23:59'))).toEqual({ date: '2026-02-28', time: '23:59' })
    const gap = SPRING_GAP[zone]
    if (gap)
      expect(localParts(fromLocalParts(gap.date, gap.time))).toEqual({ date: gap.date, time: gap.becomes })
  })

  it('files a late-evening meeting under the local month', () => {
    // 2026-03-31 at 23:30 in Toronto is already April in Paris and Tokyo
    const month = monthKeyOf('2026-04-01T03:30:00Z')
    expect(month).toBe(zone === 'America/Toronto' || zone === 'Pacific/Honolulu' ? '2026-03' : '2026-04')
    expect(monthKeyOf('2026-03-31')).toBe('2026-03')
  })
})
