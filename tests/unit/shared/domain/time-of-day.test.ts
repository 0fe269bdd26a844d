import { describe, expect, it } from 'vitest'
import { formatTimeOfDay, parseTimeOfDay } from '@shared/domain/time-of-day'

describe('a time of day as typed', () => {
  it.each([
    ['17:00', '17:00'],
    ['17h', '17:00'],
    ['17 h', '17:00'],
    ['17 h 30', '17:30'],
    ['17h05', '17:05'],
    ['17\u00a0h\u00a030', '17:30'],
    ['17.30', '17:30'],
    ['1730', '17:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['0:15', '00:15'],
    ['5 pm', '17:00'],
    ['5PM', '17:00'],
    ['5:30 p.m.', '17:30'],
    ['11:06 AM', '11:06'],
    ['12 pm', '12:00'],
    ['12:30 a.m.', '00:30']
  ])('reads « %s » as %s', (typed, expected) => {
    expect(parseTimeOfDay(typed)).toBe(expected)
  })

  it.each(['', '   ', 'midi', '25:00', '24h', '17:75', '13 pm', '0 am', '17:5', 'pm', '17:00:00'])(
    'refuses « %s »',
    (typed) => {
      expect(parseTimeOfDay(typed)).toBeNull()
    }
  )
})

describe('a time of day written out', () => {
  it('is 24 h in French', () => {
    expect(formatTimeOfDay('17:05', 'fr')).toBe('17:05')
    expect(formatTimeOfDay('09:00', 'fr')).toBe('09:00')
    expect(formatTimeOfDay('00:30', 'fr')).toBe('00:30')
  })

  it('is 12 h in English', () => {
    expect(formatTimeOfDay('17:05', 'en')).toBe('5:05 PM')
    expect(formatTimeOfDay('09:00', 'en')).toBe('9:00 AM')
    expect(formatTimeOfDay('12:00', 'en')).toBe('12:00 PM')
    expect(formatTimeOfDay('00:30', 'en')).toBe('12:30 AM')
  })
})
