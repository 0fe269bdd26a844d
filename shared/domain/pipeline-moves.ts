// What moving a financing file to another stage does to it, pure: the repository writes the result
// and a stage change in one transaction. Rules: a won file stays won; a lost stage needs a reason;
// the probability becomes the stage's default unless the person gives one; entering a won or lost
// stage closes the file, leaving one reopens it.
import { AppError, ValidationError } from '../errors'
import type { Opportunity, PipelineStage } from '../schemas/opportunity'

export interface MoveOptions {
  /** Overrides the stage's default probability. */
  probability?: number
  /** Required to enter a lost stage (or already on the file). */
  lostReason?: string
}

export type StageFields = Pick<
  Opportunity,
  'stageId' | 'stageEnteredAt' | 'probability' | 'outcome' | 'closedAt' | 'lostReason'
>

export function stageFieldsOf(file: Opportunity): StageFields {
  const { stageId, stageEnteredAt, probability, outcome, closedAt, lostReason } = file
  return { stageId, stageEnteredAt, probability, outcome, closedAt, lostReason }
}

/** The fields of a file entering `stage` at `at`; throws a translated error when the move is refused. */
export function enterStage(
  file: Pick<Opportunity, 'outcome' | 'lostReason'>,
  stage: PipelineStage,
  at: string,
  options: MoveOptions = {}
): StageFields {
  if (file.outcome === 'won' && stage.kind !== 'won') throw new AppError('pipeline.errors.wonLocked')
  const lostReason = (options.lostReason ?? file.lostReason).trim()
  const issue = stage.kind === 'lost' ? lostReasonIssue('lost', lostReason) : null
  if (issue) throw new ValidationError([issue])
  const closed = stage.kind === 'won' || stage.kind === 'lost'
  return {
    stageId: stage.id,
    stageEnteredAt: at,
    probability: options.probability ?? stage.probability,
    outcome: stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : null,
    closedAt: closed ? at : null,
    // Kept when the file is reopened: the history of why it was lost is worth keeping.
    lostReason: stage.kind === 'lost' ? lostReason : file.lostReason
  }
}

/** A stage change's time: now, or just after the file's last change so the history stays in order. */
export function nextChangeAt(now: Date, lastChangeAt: string | undefined): string {
  const at = now.getTime()
  const after = lastChangeAt ? Date.parse(lastChangeAt) + 1 : at
  return new Date(Math.max(at, after)).toISOString()
}

/** A lost file must say why, whether it is moved to a lost stage or edited there. */
export function lostReasonIssue(
  outcome: Opportunity['outcome'],
  lostReason: string
): { path: string; key: string } | null {
  return outcome === 'lost' && lostReason.trim() === ''
    ? { path: 'lostReason', key: 'validation.lostReasonRequired' }
    : null
}

/** An expected close date may not precede the day the file was opened. */
export function closeDateIssue(
  expectedCloseDate: string | null,
  openedOn: string
): { path: string; key: string } | null {
  return expectedCloseDate !== null && expectedCloseDate < openedOn
    ? { path: 'expectedCloseDate', key: 'validation.closeBeforeOpened' }
    : null
}
