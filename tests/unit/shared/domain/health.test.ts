import { describe, expect, it } from 'vitest'
import { relationshipHealth } from '@shared/domain/health'
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
})
