import { describe, expect, it } from 'vitest'
import { DEFAULT_CADENCE_DAYS } from '@shared/domain/cadence'
import { staleRelationships } from '@shared/domain/staleness'
import { organizationSchema, type Organization } from '@shared/schemas'

const today = '2026-11-25'
const at = (days: number) => new Date(Date.parse('2026-11-25T17:00:00Z') - days * 86_400_000).toISOString()

function org(id: string, tier: Organization['tier'], lastDaysAgo: number | null, deleted = false) {
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

const pastCadence = (organizations: Organization[], cadence = DEFAULT_CADENCE_DAYS) =>
  staleRelationships(organizations, [], today, { staleDays: 60, cadence, timeZone: 'UTC' }).map((s) => [
    s.organization.id,
    s.idleDays,
    s.pastCadenceDays
  ])

describe('stay-in-touch cadence', () => {
  it('lists companies past their tier cadence (30, 90, 180 days), never-met and most idle first', () => {
    const list = pastCadence([
      org('key-ok', 'key-account', 30),
      org('key-late', 'key-account', 31),
      org('active-ok', 'active', 90),
      org('active-late', 'active', 120),
      org('watch-ok', 'watch', 170),
      org('watch-late', 'watch', 181),
      org('never', 'watch', null),
      org('no-tier', null, 900),
      org('deleted', 'key-account', 300, true)
    ])
    expect(list).toEqual([
      ['never', null, 180],
      ['watch-late', 181, 180],
      ['active-late', 120, 90],
      ['key-late', 31, 30]
    ])
  })

  it('follows the cadence set in Settings', () => {
    const companies = [org('a', 'key-account', 20), org('b', 'active', 50)]
    expect(pastCadence(companies)).toEqual([])
    expect(pastCadence(companies, { 'key-account': 14, active: 45, watch: 180 })).toEqual([
      ['b', 50, 45],
      ['a', 20, 14]
    ])
  })
})
