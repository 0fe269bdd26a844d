import { describe, expect, it } from 'vitest'
import {
  averageDaysPerStage,
  daysInStage,
  groupByStage,
  lastMonths,
  outcomesByMonth,
  stageAmountCents,
  stageConversion,
  stageMap,
  totalsOf,
  weightedCents
} from '@shared/domain/pipeline'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import type { Opportunity, PipelineStage, StageChange } from '@shared/schemas'

const stages = DEFAULT_PIPELINE_STAGES
const byId = stageMap(stages)
const stage = (id: string) => byId.get(id)!

type FileFields = Pick<
  Opportunity,
  'stageId' | 'requestedCents' | 'authorizedCents' | 'probability' | 'outcome' | 'closedAt' | 'stageEnteredAt'
>

function file(overrides: Partial<FileFields> = {}): FileFields {
  return {
    stageId: 'lead',
    requestedCents: null,
    authorizedCents: null,
    probability: 10,
    outcome: null,
    closedAt: null,
    stageEnteredAt: '2026-03-01T15:00:00.000Z',
    ...overrides
  }
}

let changeId = 0
function change(opportunityId: string, from: string | null, to: string, at: string): StageChange {
  return { id: `c${++changeId}`, opportunityId, fromStageId: from, toStageId: to, at }
}

describe('the amount a file counts for at its stage', () => {
  it('is the requested amount before approval and the authorised amount after', () => {
    const f = { requestedCents: 25_000_000, authorizedCents: 20_000_000 }
    expect(stageAmountCents(f, stage('credit-review'))).toBe(25_000_000)
    expect(stageAmountCents(f, stage('approved'))).toBe(20_000_000)
    expect(stageAmountCents(f, stage('disbursed'))).toBe(20_000_000)
    expect(stageAmountCents(f, stage('lost'))).toBe(25_000_000)
  })

  it('falls back to the other amount, then to zero', () => {
    expect(stageAmountCents({ requestedCents: 100, authorizedCents: null }, stage('approved'))).toBe(100)
    expect(stageAmountCents({ requestedCents: null, authorizedCents: 70 }, stage('lead'))).toBe(70)
    expect(stageAmountCents({ requestedCents: null, authorizedCents: null }, stage('lead'))).toBe(0)
    expect(stageAmountCents({ requestedCents: 5, authorizedCents: 9 }, undefined)).toBe(5)
  })

  it('follows a custom stage: a won stage counts the authorised amount unless told otherwise', () => {
    const custom: PipelineStage = { id: 'signed', fr: 'Signé', en: 'Signed', probability: 100, kind: 'won' }
    const f = { requestedCents: 300, authorizedCents: 200 }
    expect(stageAmountCents(f, custom)).toBe(200)
    expect(stageAmountCents(f, { ...custom, amountBasis: 'requested' })).toBe(300)
  })
})

describe('weighted totals', () => {
  it('weights each file by its own probability and rounds each to the cent', () => {
    expect(weightedCents(25_000_000, 50)).toBe(12_500_000)
    expect(weightedCents(333, 33)).toBe(110) // 109.89
    expect(weightedCents(1, 50)).toBe(1) // half a cent rounds up
    expect(weightedCents(12_345, 0)).toBe(0)
  })

  it('sums a column: count, total and weighted total', () => {
    const files = [
      file({ stageId: 'application', requestedCents: 25_000_000, probability: 50 }),
      file({ stageId: 'application', requestedCents: 10_000_000, probability: 50 }),
      file({ stageId: 'application', requestedCents: null, probability: 50 }),
      file({ stageId: 'application', requestedCents: 333, probability: 33 })
    ]
    expect(totalsOf(files, byId)).toEqual({
      count: 4,
      totalCents: 35_000_333,
      weightedCents: 17_500_110
    })
    expect(totalsOf([], byId)).toEqual({ count: 0, totalCents: 0, weightedCents: 0 })
  })

  it('counts an approved file at its authorised amount, with an overridden probability', () => {
    const files = [file({ stageId: 'approved', requestedCents: 500, authorizedCents: 400, probability: 75 })]
    expect(totalsOf(files, byId)).toEqual({ count: 1, totalCents: 400, weightedCents: 300 })
  })
})

describe('groupByStage', () => {
  it('puts every file in its stage, keeps empty stages, and never hides a file of an unknown stage', () => {
    const a = file({ stageId: 'lead' })
    const b = file({ stageId: 'approved' })
    const orphan = file({ stageId: 'stage-gone' })
    const groups = groupByStage([a, b, orphan], stages)
    expect([...groups.byStage.keys()]).toEqual(stages.map((s) => s.id))
    expect(groups.byStage.get('lead')).toEqual([a])
    expect(groups.byStage.get('approved')).toEqual([b])
    expect(groups.byStage.get('lost')).toEqual([])
    expect(groups.unknown).toEqual([orphan])
  })
})

describe('days in stage', () => {
  it('counts local calendar days, not 24-hour periods', () => {
    // 23:30 in Toronto on March 1 is already March 2 in UTC
    const f = { stageEnteredAt: '2026-03-02T04:30:00.000Z' }
    expect(daysInStage(f, '2026-03-02', 'America/Toronto')).toBe(1)
    expect(daysInStage(f, '2026-03-02', 'UTC')).toBe(0)
  })

  it('crosses a DST change without losing or gaining a day', () => {
    const f = { stageEnteredAt: '2026-03-07T17:00:00.000Z' } // Saturday before the spring change
    expect(daysInStage(f, '2026-03-09', 'America/Toronto')).toBe(2)
    expect(daysInStage({ stageEnteredAt: '2026-10-31T16:00:00.000Z' }, '2026-11-02', 'America/Toronto')).toBe(
      2
    )
  })

  it('is never negative (a clock set back)', () => {
    expect(daysInStage({ stageEnteredAt: '2026-05-10T12:00:00.000Z' }, '2026-05-01', 'UTC')).toBe(0)
  })
})

describe('average days per stage', () => {
  it('averages completed stays only, whatever order the changes come in', () => {
    const changes = [
      change('a', 'lead', 'first-meeting', '2026-01-11T00:00:00.000Z'),
      change('a', null, 'lead', '2026-01-01T00:00:00.000Z'),
      change('a', 'first-meeting', 'application', '2026-01-15T00:00:00.000Z'),
      change('b', null, 'lead', '2026-02-01T00:00:00.000Z'),
      change('b', 'lead', 'first-meeting', '2026-02-21T00:00:00.000Z'),
      change('c', null, 'lead', '2026-03-01T00:00:00.000Z') // still in Lead: not counted
    ]
    expect(averageDaysPerStage(changes, stages)).toEqual([
      { stageId: 'lead', averageDays: 15, stays: 2 },
      { stageId: 'first-meeting', averageDays: 4, stays: 1 }
    ])
  })

  it('counts each stay of a file that went back and forth', () => {
    const changes = [
      change('a', null, 'lead', '2026-01-01T00:00:00.000Z'),
      change('a', 'lead', 'on-hold', '2026-01-03T00:00:00.000Z'),
      change('a', 'on-hold', 'lead', '2026-01-13T00:00:00.000Z'),
      change('a', 'lead', 'first-meeting', '2026-01-17T12:00:00.000Z')
    ]
    const result = averageDaysPerStage(changes, stages)
    expect(result).toEqual([
      { stageId: 'lead', averageDays: 3.25, stays: 2 },
      { stageId: 'on-hold', averageDays: 10, stays: 1 }
    ])
  })

  it('is empty without history', () => {
    expect(averageDaysPerStage([], stages)).toEqual([])
  })
})

describe('stage-to-stage conversion', () => {
  it('is a funnel along the open and won stages', () => {
    const changes = [
      // a: lead → first meeting → application → lost
      change('a', null, 'lead', '2026-01-01T00:00:00.000Z'),
      change('a', 'lead', 'first-meeting', '2026-01-02T00:00:00.000Z'),
      change('a', 'first-meeting', 'application', '2026-01-03T00:00:00.000Z'),
      change('a', 'application', 'lost', '2026-01-04T00:00:00.000Z'),
      // b: opened at first meeting (passed Lead), still there
      change('b', null, 'first-meeting', '2026-01-01T00:00:00.000Z'),
      // c: lead only
      change('c', null, 'lead', '2026-01-01T00:00:00.000Z'),
      // d: the whole flow to disbursed
      ...[
        'lead',
        'first-meeting',
        'needs-analysis',
        'application',
        'credit-review',
        'approved',
        'disbursed'
      ].map((to, k, all) => change('d', k === 0 ? null : all[k - 1], to, `2026-02-0${k + 1}T00:00:00.000Z`))
    ]
    const conversion = stageConversion(changes, stages)
    expect(conversion.map((c) => `${c.fromStageId}>${c.toStageId}`)).toEqual([
      'lead>first-meeting',
      'first-meeting>needs-analysis',
      'needs-analysis>application',
      'application>credit-review',
      'credit-review>approved',
      'approved>disbursed'
    ])
    expect(conversion[0]).toEqual({
      fromStageId: 'lead',
      toStageId: 'first-meeting',
      reached: 4,
      advanced: 3,
      rate: 0.75
    })
    // a skipped needs analysis but reached application: it passed needs analysis in the funnel
    expect(conversion[1]).toMatchObject({ reached: 3, advanced: 2 })
    expect(conversion[3]).toMatchObject({ reached: 2, advanced: 1, rate: 0.5 })
    expect(conversion[5]).toMatchObject({ reached: 1, advanced: 1, rate: 1 })
  })

  it('keeps the ground covered by a file moved back', () => {
    const changes = [
      change('a', null, 'lead', '2026-01-01T00:00:00.000Z'),
      change('a', 'lead', 'application', '2026-01-02T00:00:00.000Z'),
      change('a', 'application', 'needs-analysis', '2026-01-03T00:00:00.000Z')
    ]
    expect(stageConversion(changes, stages)[2]).toMatchObject({ reached: 1, advanced: 1 })
  })

  it('has no rate where no file arrived', () => {
    expect(stageConversion([], stages)[0]).toMatchObject({ reached: 0, advanced: 0, rate: null })
  })
})

describe('won and lost by month', () => {
  it('lists the last 12 months, oldest first, across a year end', () => {
    expect(lastMonths('2026-02-15')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02'
    ])
    expect(lastMonths('2026-01-01', 2)).toEqual(['2025-12', '2026-01'])
  })

  it('counts files by the local month they were closed in, and leaves older ones out', () => {
    const files = [
      file({
        outcome: 'won',
        closedAt: '2026-02-10T15:00:00.000Z',
        authorizedCents: 700,
        requestedCents: 900
      }),
      // 21:00 on Jan 31 in Toronto is Feb 1 in UTC: January here
      file({ outcome: 'lost', closedAt: '2026-02-01T02:00:00.000Z', requestedCents: 300 }),
      file({ outcome: 'withdrawn', closedAt: null, stageEnteredAt: '2026-01-05T15:00:00.000Z' }),
      file({ outcome: 'won', closedAt: '2025-02-27T15:00:00.000Z', requestedCents: 1 }), // 13 months ago
      file({ outcome: null, closedAt: null })
    ]
    const months = outcomesByMonth(files, '2026-02-20', { timeZone: 'America/Toronto' })
    expect(months).toHaveLength(12)
    expect(months.at(-1)).toEqual({ month: '2026-02', won: 1, lost: 0, wonCents: 700, lostCents: 0 })
    expect(months.at(-2)).toEqual({ month: '2026-01', won: 0, lost: 2, wonCents: 0, lostCents: 300 })
    expect(months.slice(0, -2).every((m) => m.won === 0 && m.lost === 0)).toBe(true)
  })
})
