import { describe, expect, it } from 'vitest'
import {
  amountBasisOf,
  DEFAULT_PIPELINE_STAGES,
  firstOpenStage,
  flowStages,
  insertStage,
  newStageId
} from '@shared/domain/pipeline-stages'
import { pipelineStagesSchema, type PipelineStage } from '@shared/schemas'

const stage = (id: string, kind: PipelineStage['kind']): PipelineStage => ({
  id,
  fr: id,
  en: id,
  probability: 40,
  kind
})

describe('pipeline stages', () => {
  it('default to the list of DESIGN.md, which is a valid stage list', () => {
    expect(DEFAULT_PIPELINE_STAGES.map((s) => s.en)).toEqual([
      'Lead',
      'First meeting',
      'Needs analysis',
      'Application',
      'Credit review',
      'Approved',
      'Disbursed',
      'Lost',
      'On hold'
    ])
    expect(pipelineStagesSchema.safeParse(DEFAULT_PIPELINE_STAGES).success).toBe(true)
    expect(firstOpenStage(DEFAULT_PIPELINE_STAGES)?.id).toBe('lead')
    expect(flowStages(DEFAULT_PIPELINE_STAGES).at(-1)?.id).toBe('disbursed')
  })

  it('count the authorised amount from approval on', () => {
    expect(DEFAULT_PIPELINE_STAGES.map((s) => amountBasisOf(s))).toEqual([
      'requested',
      'requested',
      'requested',
      'requested',
      'requested',
      'authorized',
      'authorized',
      'requested',
      'requested'
    ])
  })

  it('refuse a list without an open stage or with a repeated id', () => {
    expect(pipelineStagesSchema.safeParse([stage('won', 'won')]).success).toBe(false)
    expect(pipelineStagesSchema.safeParse([stage('a', 'open'), stage('a', 'lost')]).success).toBe(false)
    expect(pipelineStagesSchema.safeParse([]).success).toBe(false)
  })

  it('insert an open stage at the end of the flow, and others at the end', () => {
    const added = insertStage(DEFAULT_PIPELINE_STAGES, stage('due-diligence', 'open'))
    expect(added.map((s) => s.id).slice(5, 8)).toEqual(['approved', 'due-diligence', 'disbursed'])
    expect(insertStage(DEFAULT_PIPELINE_STAGES, stage('withdrawn', 'lost')).at(-1)?.id).toBe('withdrawn')
  })

  it('get new ids that never collide', () => {
    const values = ['lead', 'x1']
    const id = newStageId([stage('stage-lead', 'open')], () => values.shift()!)
    expect(id).toBe('stage-x1')
  })
})
