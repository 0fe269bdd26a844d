import { describe, expect, it } from 'vitest'
import { DEFAULT_CADENCE_DAYS, companiesPastCadence } from '@shared/domain/cadence'
import { organizationSchema, type Organization } from '@shared/schemas'

const now = new Date('2026-11-25T12:00:00Z')
const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

function org(
  id: string,
  tier: Organization['tier'],
  lastDaysAgo: number | null,
  deleted = false
): Organization {
  return organizationSchema.parse({
    id,
    name: id,
    nameKey: id,
    tier,
    createdAt: at(400),
    updatedAt: at(400),
    deletedAt: deleted ? at(1) : null,
    lastInteractionAt: lastDaysAgo === null ? null : at(lastDaysAgo)
  })
}

describe('companiesPastCadence', () => {
  it('lists companies past their tier cadence, never-met and most idle first', () => {
    const list = companiesPastCadence(
      [
        org('key-ok', 'key-account', 10),
        org('key-late', 'key-account', 31),
        org('active-late', 'active', 120),
        org('watch-ok', 'watch', 170),
        org('never', 'watch', null),
        org('no-tier', null, 900),
        org('deleted', 'key-account', 300, true)
      ],
      DEFAULT_CADENCE_DAYS,
      now
    )
    expect(list.map((s) => [s.organization.id, s.overdueDays])).toEqual([
      ['never', 0],
      ['active-late', 30],
      ['key-late', 1]
    ])
  })

  it('follows the cadence set in Settings', () => {
    const list = companiesPastCadence(
      [org('a', 'key-account', 20)],
      { ...DEFAULT_CADENCE_DAYS, 'key-account': 14 },
      now
    )
    expect(list.map((s) => s.overdueDays)).toEqual([6])
  })
})
