import { describe, expect, it } from 'vitest'
import { DEFAULT_CADENCE_DAYS } from '@shared/domain/cadence'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import { idleDays, isOpenFile, isStale, openStageIds, staleRelationships } from '@shared/domain/staleness'
import { opportunitySchema, organizationSchema, type Opportunity, type Organization } from '@shared/schemas'

const meta = { createdAt: '2025-01-01T12:00:00Z', updatedAt: '2025-01-01T12:00:00Z', deletedAt: null }

function company(
  id: string,
  lastInteractionAt: string | null,
  tier: Organization['tier'] = null
): Organization {
  return organizationSchema.parse({
    id,
    name: `Entreprise ${id}`,
    nameKey: id,
    tier,
    lastInteractionAt,
    ...meta
  })
}

function file(id: string, organizationId: string, stageId: string, outcome: Opportunity['outcome'] = null) {
  return opportunitySchema.parse({
    id,
    organizationId,
    title: `Dossier ${id}`,
    stageId,
    probability: 10,
    outcome,
    openedOn: '2025-01-01',
    stageEnteredAt: meta.createdAt,
    ...meta
  })
}

describe('stale relationships', () => {
  const today = '2026-03-03'

  it('counts idle days in local calendar days', () => {
    // 23:30 on Dec 31 in Toronto is already Jan 1 in UTC
    expect(idleDays('2026-01-01T04:30:00Z', today, 'America/Toronto')).toBe(62)
    expect(idleDays('2026-01-01T04:30:00Z', today, 'UTC')).toBe(61)
    expect(idleDays(null, today)).toBeNull()
  })

  it('is stale after more than N days, or when never contacted', () => {
    expect(isStale('2026-01-02T15:00:00Z', today, 60, 'America/Toronto')).toBe(false)
    expect(isStale('2026-01-01T15:00:00Z', today, 60, 'America/Toronto')).toBe(true)
    expect(isStale(null, today, 60)).toBe(true)
  })

  it('knows which files are still in play', () => {
    const open = new Set(openStageIds(DEFAULT_PIPELINE_STAGES))
    expect(open.has('lead') && open.has('approved')).toBe(true)
    expect(open.has('disbursed') || open.has('lost') || open.has('on-hold')).toBe(false)
    expect(isOpenFile(file('f1', 'a', 'application'), open)).toBe(true)
    expect(isOpenFile(file('f2', 'a', 'application', 'withdrawn'), open)).toBe(false)
    expect(isOpenFile({ ...file('f3', 'a', 'lead'), deletedAt: meta.createdAt }, open)).toBe(false)
  })

  it('lists the stale ones, longest idle first, with their reasons', () => {
    const candidates = [
      company('recent', '2026-02-20T15:00:00Z', 'key-account'),
      company('cold', '2025-11-01T15:00:00Z'),
      company('never', null, 'key-account'),
      company('colder', '2025-06-01T15:00:00Z', 'key-account')
    ]
    const files = [file('f1', 'cold', 'lead'), file('f2', 'cold', 'application')]
    const rules = { staleDays: 60, cadence: DEFAULT_CADENCE_DAYS, timeZone: 'America/Toronto' }
    const stale = staleRelationships(candidates, files, today, rules)
    expect(stale.map((s) => s.organization.id)).toEqual(['never', 'colder', 'cold'])
    expect(stale[2]).toMatchObject({ openFiles: 2, pastCadenceDays: null, idleDays: 122 })
    expect(stale[0]).toMatchObject({ openFiles: 0, pastCadenceDays: 30, idleDays: null })
  })
})
