import { describe, expect, it } from 'vitest'
import { relationshipHealth } from '@shared/domain/health'
import { idleDays, isStale } from '@shared/domain/staleness'
import type { InteractionKind } from '@shared/schemas'

const now = new Date('2026-11-25T15:00:00Z')
const daysAgo = (days: number, kind: InteractionKind = 'meeting', contactIds: string[] = ['c1']) => ({
  kind,
  occurredAt: new Date(now.getTime() - days * 86_400_000).toISOString(),
  contactIds,
  deletedAt: null
})

describe('relationshipHealth', () => {
  it('is cold when nobody was ever met, or for more than 180 days', () => {
    expect(relationshipHealth([], now)).toMatchObject({ level: 'cold', reason: { key: 'never' } })
    expect(relationshipHealth([daysAgo(181)], now)).toMatchObject({
      level: 'cold',
      reason: { key: 'silentFor', params: { days: 181 } }
    })
  })

  it('is fading after 90 silent days, or after 45 with at most one contact in 90', () => {
    expect(relationshipHealth([daysAgo(140), daysAgo(150)], now)).toMatchObject({
      level: 'fading',
      reason: { params: { days: 140 } }
    })
    expect(relationshipHealth([daysAgo(50)], now).level).toBe('fading')
    expect(relationshipHealth([daysAgo(50), daysAgo(60)], now).level).toBe('steady')
  })

  it('is strong with 3 interactions in 90 days and one in the last 30', () => {
    const health = relationshipHealth([daysAgo(5), daysAgo(40), daysAgo(80)], now)
    expect(health).toMatchObject({
      level: 'strong',
      frequency90: 3,
      reason: { key: 'recentMany', params: { count: 3 } }
    })
  })

  it('counts two people met twice as strong, one person twice as steady', () => {
    expect(relationshipHealth([daysAgo(5, 'meeting', ['a']), daysAgo(20, 'call', ['b'])], now).level).toBe(
      'strong'
    )
    expect(relationshipHealth([daysAgo(5, 'meeting', ['a']), daysAgo(20, 'call', ['a'])], now).level).toBe(
      'steady'
    )
  })

  it('ignores notes, deleted interactions and planned ones', () => {
    const note = daysAgo(1, 'note')
    const deleted = { ...daysAgo(2), deletedAt: '2026-11-20T00:00:00.000Z' }
    const planned = daysAgo(-3)
    expect(relationshipHealth([note, deleted, planned], now)).toMatchObject({
      level: 'cold',
      reason: { key: 'never' }
    })
  })

  it('is steady with one interaction in 90 days, not yet quiet for 45, and says so', () => {
    expect(relationshipHealth([daysAgo(10)], now)).toMatchObject({
      level: 'steady',
      frequency90: 1,
      reason: { key: 'recentFew', params: { count: 1, days: 10, people: 1 } }
    })
    expect(relationshipHealth([daysAgo(45), daysAgo(200)], now)).toMatchObject({
      level: 'steady',
      reason: { key: 'recentFew', params: { count: 1, days: 45 } }
    })
    expect(relationshipHealth([daysAgo(46)], now).level).toBe('fading')
  })
})

describe('the windows’ edges, in calendar days (Toronto, as of noon on 25 November 2026)', () => {
  const noon = new Date('2026-11-25T17:00:00Z')
  const zone = 'America/Toronto'
  const met = (date: string, contactIds = ['a']) => ({
    kind: 'meeting' as const,
    occurredAt: `${date}T16:00:00.000Z`,
    contactIds,
    deletedAt: null
  })
  const health = (...interactions: ReturnType<typeof met>[]) => relationshipHealth(interactions, noon, zone)

  it('counts day 90 (27 August) in the 90-day window and day 91 (26 August) out of it', () => {
    expect(health(met('2026-08-27'), met('2026-08-27'))).toMatchObject({
      level: 'steady',
      recencyDays: 90,
      frequency90: 2
    })
    expect(health(met('2026-08-26'), met('2026-08-26'))).toMatchObject({
      level: 'fading',
      recencyDays: 91,
      frequency90: 0,
      reason: { key: 'silentFor', params: { days: 91 } }
    })
    expect(health(met('2026-11-20'), met('2026-08-26'))).toMatchObject({
      level: 'steady',
      frequency90: 1,
      reason: { key: 'recentFew', params: { count: 1, days: 5 } }
    })
  })

  it('is fading, not cold, up to day 180 (29 May), and cold from day 181 (28 May)', () => {
    expect(health(met('2026-05-29'))).toMatchObject({ level: 'fading', recencyDays: 180 })
    expect(health(met('2026-05-28'))).toMatchObject({ level: 'cold', recencyDays: 181 })
  })

  it('counts the people met up to day 180 in the breadth, not those of day 181', () => {
    const twice = [met('2026-11-20'), met('2026-11-05')]
    expect(health(...twice, met('2026-05-29', ['b']))).toMatchObject({ level: 'strong', breadth180: 2 })
    expect(health(...twice, met('2026-05-28', ['b']))).toMatchObject({ level: 'steady', breadth180: 1 })
    expect(health(...twice, met('2026-08-26', ['b']))).toMatchObject({ level: 'strong', breadth180: 2 })
  })
})

describe('health and cadence count the same days', () => {
  // 8:00 in Toronto on 24 November; 23:30 the evening of 24 October is 30 days and 8.5 hours
  // earlier: 31 calendar days, as the officer counts and as the stay-in-touch cadence counts.
  const morning = new Date('2026-11-24T13:00:00Z')
  const lateEvening = '2026-10-25T03:30:00.000Z'
  const zone = 'America/Toronto'
  const met = (occurredAt: string) => ({
    kind: 'meeting' as const,
    occurredAt,
    contactIds: ['a'],
    deletedAt: null
  })

  it('counts calendar days in the time zone, not 24-hour periods', () => {
    const health = relationshipHealth(
      [met(lateEvening), met('2026-10-10T15:00:00Z'), met('2026-09-20T15:00:00Z')],
      morning,
      zone
    )
    expect(health.recencyDays).toBe(31)
    expect(idleDays(lateEvening, '2026-11-24', zone)).toBe(31)
    // Past the 30 days of a strong relationship, and past a 30-day cadence, on the same day
    expect(health).toMatchObject({ level: 'steady', reason: { key: 'recentMany', params: { count: 3 } } })
    expect(isStale(lateEvening, '2026-11-24', 30, zone)).toBe(true)
  })

  it('counts last night as yesterday', () => {
    const lastNight = '2026-11-24T04:30:00.000Z' // 23:30 on 23 November in Toronto
    expect(relationshipHealth([met(lastNight)], morning, zone).recencyDays).toBe(1)
    expect(idleDays(lastNight, '2026-11-24', zone)).toBe(1)
  })
})
