import { describe, expect, it } from 'vitest'
import { Clock } from '@shared/demo/clock'
import { calendarDateOf } from '@shared/domain/dates'

const now = new Date('2026-11-25T15:30:00Z')

describe('Clock', () => {
  const clock = new Clock(now, 'America/Toronto')

  it('formats instants exactly as toISOString does', () => {
    for (const ms of [
      0,
      1,
      999,
      1_000,
      86_399_999,
      Date.UTC(2026, 2, 8, 7, 0, 0, 5),
      now.getTime(),
      now.getTime() + 0.7
    ]) {
      expect(clock.iso(ms)).toBe(new Date(Math.floor(ms)).toISOString())
    }
  })

  it('places office hours on the right Quebec calendar day, across daylight time changes', () => {
    for (let daysAgo = 0; daysAgo < 800; daysAgo += 7) {
      const at = clock.atMs(daysAgo + 1, 9 * 60)
      expect(calendarDateOf(new Date(at), 'America/Toronto')).toBe(clock.date(-(daysAgo + 1)))
      expect(
        new Intl.DateTimeFormat('en-CA', {
          timeZone: 'America/Toronto',
          hour: 'numeric',
          hourCycle: 'h23'
        }).format(at)
      ).toBe('09')
    }
  })

  it('never dates an office-hours instant after now', () => {
    expect(clock.atMs(0, 23 * 60)).toBeLessThan(now.getTime())
  })

  it('moves weekend days back to Friday', () => {
    for (let daysAgo = 0; daysAgo < 14; daysAgo++) {
      const weekday = clock.weekday(clock.workday(daysAgo))
      expect(weekday).toBeGreaterThanOrEqual(1)
      expect(weekday).toBeLessThanOrEqual(5)
    }
  })

  it('picks instants between two bounds', () => {
    for (const roll of [0, 0.3, 0.999]) {
      const ms = clock.between(roll, 1_000_123, 9_000_456)
      expect(ms).toBeGreaterThanOrEqual(1_000_123)
      expect(ms).toBeLessThanOrEqual(9_000_456)
    }
  })
})
