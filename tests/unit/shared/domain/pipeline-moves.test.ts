import { describe, expect, it } from 'vitest'
import { closeDateIssue, enterStage, nextChangeAt } from '@shared/domain/pipeline-moves'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import { AppError, ValidationError } from '@shared/errors'

const stage = (id: string) => DEFAULT_PIPELINE_STAGES.find((s) => s.id === id)!
const AT = '2026-04-01T14:00:00.000Z'
const open = { outcome: null, lostReason: '' } as const

describe('entering a stage', () => {
  it('takes the stage default probability unless one is given', () => {
    expect(enterStage(open, stage('application'), AT)).toEqual({
      stageId: 'application',
      stageEnteredAt: AT,
      probability: 50,
      outcome: null,
      closedAt: null,
      lostReason: ''
    })
    expect(enterStage(open, stage('application'), AT, { probability: 35 }).probability).toBe(35)
  })

  it('closes a file that enters a won stage', () => {
    expect(enterStage(open, stage('disbursed'), AT)).toMatchObject({
      outcome: 'won',
      closedAt: AT,
      probability: 100
    })
  })

  it('needs a reason to enter a lost stage', () => {
    expect(() => enterStage(open, stage('lost'), AT)).toThrow(ValidationError)
    expect(() => enterStage(open, stage('lost'), AT, { lostReason: '   ' })).toThrow(ValidationError)
    expect(enterStage(open, stage('lost'), AT, { lostReason: ' Taux trop élevé ' })).toMatchObject({
      outcome: 'lost',
      closedAt: AT,
      lostReason: 'Taux trop élevé',
      probability: 0
    })
  })

  it('reopens a lost file and keeps why it was lost', () => {
    const lost = { outcome: 'lost', lostReason: 'Concurrent' } as const
    expect(enterStage(lost, stage('application'), AT)).toMatchObject({
      outcome: null,
      closedAt: null,
      lostReason: 'Concurrent'
    })
  })

  it('refuses to move a won file back, with a translatable error', () => {
    const won = { outcome: 'won', lostReason: '' } as const
    for (const id of ['approved', 'lead', 'lost', 'on-hold']) {
      expect(() => enterStage(won, stage(id), AT)).toThrow(AppError)
    }
    try {
      enterStage(won, stage('lead'), AT)
    } catch (error) {
      expect((error as AppError).key).toBe('pipeline.errors.wonLocked')
    }
    expect(enterStage(won, stage('disbursed'), AT).outcome).toBe('won')
  })
})

describe('stage change times', () => {
  it('stay strictly after the previous change, even with a clock behind', () => {
    const now = new Date('2026-04-01T14:00:00.000Z')
    expect(nextChangeAt(now, undefined)).toBe('2026-04-01T14:00:00.000Z')
    expect(nextChangeAt(now, '2026-03-01T00:00:00.000Z')).toBe('2026-04-01T14:00:00.000Z')
    expect(nextChangeAt(now, '2026-04-01T14:00:00.000Z')).toBe('2026-04-01T14:00:00.001Z')
    expect(nextChangeAt(now, '2026-04-02T00:00:00.000Z')).toBe('2026-04-02T00:00:00.001Z')
  })
})

describe('close date', () => {
  it('may not precede the day the file was opened', () => {
    expect(closeDateIssue('2026-03-31', '2026-04-01')).toEqual({
      path: 'expectedCloseDate',
      key: 'validation.closeBeforeOpened'
    })
    expect(closeDateIssue('2026-04-01', '2026-04-01')).toBeNull()
    expect(closeDateIssue(null, '2026-04-01')).toBeNull()
  })
})
