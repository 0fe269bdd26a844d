import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PIPELINE_LIST_STATE,
  filterPipelineRows,
  isFiltered,
  pipelineRows,
  rowTotals,
  type PipelineListState
} from '@shared/domain/pipeline-filters'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import type { Opportunity } from '@shared/schemas'

function file(id: string, overrides: Partial<Opportunity>): Opportunity {
  return {
    id,
    organizationId: 'o1',
    title: `Dossier ${id}`,
    product: 'term-loan',
    program: '',
    requestedCents: null,
    authorizedCents: null,
    disbursedCents: null,
    projectCostCents: null,
    jobsCreated: null,
    jobsRetained: null,
    stageId: 'lead',
    probability: 10,
    expectedCloseDate: null,
    nextStepDate: null,
    outcome: null,
    lostReason: '',
    primaryContactId: null,
    funderIds: [],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    openedOn: '2026-01-01',
    stageEnteredAt: '2026-01-01T00:00:00.000Z',
    closedAt: null,
    ...overrides
  }
}

const organizations = new Map([
  ['o1', { name: 'Électrolyse Péribonka inc.', region: '02' }],
  ['o2', { name: 'Alumitech', region: '02' }],
  ['o3', { name: 'Borealis IA', region: '06' }]
])

const files = [
  file('a', {
    organizationId: 'o1',
    requestedCents: 15_000_000,
    stageId: 'application',
    probability: 50,
    product: 'grant',
    funderIds: ['bank'],
    expectedCloseDate: '2026-06-30'
  }),
  file('b', {
    organizationId: 'o2',
    requestedCents: 120_000_000,
    authorizedCents: 100_000_000,
    stageId: 'approved',
    probability: 90,
    product: 'working-capital',
    funderIds: ['bank', 'fund'],
    expectedCloseDate: '2026-05-01'
  }),
  file('c', {
    organizationId: 'o3',
    requestedCents: 50_000_000,
    stageId: 'lead',
    probability: 10,
    product: 'venture-capital',
    title: 'Ronde d’amorçage'
  }),
  file('d', {
    organizationId: 'o3',
    requestedCents: null,
    stageId: 'first-meeting',
    probability: 20,
    product: 'advisory'
  })
]
const rows = pipelineRows(files, organizations, DEFAULT_PIPELINE_STAGES)
const state = (patch: Partial<PipelineListState>): PipelineListState => ({
  ...DEFAULT_PIPELINE_LIST_STATE,
  ...patch
})
const ids = (s: PipelineListState) => filterPipelineRows(rows, s).map((r) => r.file.id)

describe('pipeline rows', () => {
  it('carry the company, region, stage amount and weighted amount', () => {
    expect(rows[1]).toMatchObject({
      company: 'Alumitech',
      region: '02',
      amountCents: 100_000_000,
      weightedCents: 90_000_000
    })
    expect(rows[3]).toMatchObject({ amountCents: 0, weightedCents: 0 })
  })
})

describe('filtering the pipeline table', () => {
  it('sorts by amount, largest first, by default', () => {
    expect(ids(DEFAULT_PIPELINE_LIST_STATE)).toEqual(['b', 'c', 'a', 'd'])
    expect(isFiltered(DEFAULT_PIPELINE_LIST_STATE)).toBe(false)
  })

  it('filters by stage, product, region and partner', () => {
    expect(ids(state({ stageIds: ['lead', 'approved'] }))).toEqual(['b', 'c'])
    expect(ids(state({ products: ['grant'] }))).toEqual(['a'])
    expect(ids(state({ regions: ['06'] }))).toEqual(['c', 'd'])
    expect(ids(state({ partnerIds: ['fund'] }))).toEqual(['b'])
    expect(ids(state({ partnerIds: ['fund', 'bank'] }))).toEqual(['b', 'a'])
  })

  it('filters by close date and amount ranges, both ends included; files without one drop out', () => {
    expect(ids(state({ closeFrom: '2026-05-01', closeTo: '2026-06-29' }))).toEqual(['b'])
    expect(ids(state({ closeTo: '2026-06-30' }))).toEqual(['b', 'a'])
    expect(ids(state({ minCents: 15_000_000, maxCents: 50_000_000 }))).toEqual(['c', 'a'])
    expect(isFiltered(state({ minCents: 0 }))).toBe(true)
  })

  it('finds words without accents in the company, title or program', () => {
    expect(ids(state({ query: 'peribonka' }))).toEqual(['a'])
    expect(ids(state({ query: 'amorcage' }))).toEqual(['c'])
  })

  it('sorts by stage order, by text without accents, and keeps empty close dates last', () => {
    expect(ids(state({ sort: { key: 'stage', direction: 'asc' } }))).toEqual(['c', 'd', 'a', 'b'])
    expect(ids(state({ sort: { key: 'company', direction: 'asc' } }))).toEqual(['b', 'd', 'c', 'a'])
    expect(ids(state({ sort: { key: 'expectedCloseDate', direction: 'desc' } }))).toEqual([
      'a',
      'b',
      'd',
      'c'
    ])
  })

  it('totals the rows shown', () => {
    expect(rowTotals(filterPipelineRows(rows, state({ regions: ['02'] })))).toEqual({
      count: 2,
      totalCents: 115_000_000,
      weightedCents: 97_500_000
    })
  })
})
