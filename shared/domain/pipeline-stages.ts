// The financing pipeline's stages: the default list of DESIGN.md and what the rest of the code asks
// of a stage list. Stages live in settings (configurable); ids never change, so renaming or
// reordering a stage never touches a file.
import type { AmountBasis, PipelineStage, StageKind } from '../schemas/opportunity'

/** The default financing pipeline of DESIGN.md; configurable in Settings. Ids never change. */
// prettier-ignore
export const DEFAULT_PIPELINE_STAGES: PipelineStage[] = [
  { id: 'lead', fr: 'Piste', en: 'Lead', probability: 10, kind: 'open' },
  { id: 'first-meeting', fr: 'Première rencontre', en: 'First meeting', probability: 20, kind: 'open' },
  { id: 'needs-analysis', fr: 'Analyse des besoins', en: 'Needs analysis', probability: 30, kind: 'open' },
  { id: 'application', fr: 'Demande déposée', en: 'Application', probability: 50, kind: 'open' },
  { id: 'credit-review', fr: 'Analyse de crédit', en: 'Credit review', probability: 65, kind: 'open' },
  { id: 'approved', fr: 'Autorisé', en: 'Approved', probability: 90, kind: 'open', amountBasis: 'authorized' },
  { id: 'disbursed', fr: 'Décaissé', en: 'Disbursed', probability: 100, kind: 'won', amountBasis: 'authorized' },
  { id: 'lost', fr: 'Perdu', en: 'Lost', probability: 0, kind: 'lost' },
  { id: 'on-hold', fr: 'En suspens', en: 'On hold', probability: 0, kind: 'hold' }
]

export function amountBasisOf(stage: Pick<PipelineStage, 'kind' | 'amountBasis'>): AmountBasis {
  return stage.amountBasis ?? (stage.kind === 'won' ? 'authorized' : 'requested')
}

/** Where a new file starts: the first open stage. */
export function firstOpenStage(stages: PipelineStage[]): PipelineStage | undefined {
  return stages.find((s) => s.kind === 'open')
}

export function firstStageOfKind(stages: PipelineStage[], kind: StageKind): PipelineStage | undefined {
  return stages.find((s) => s.kind === kind)
}

/** Stages a file moves along, in order: the open ones and the won ones (lost and on hold sit beside). */
export function flowStages(stages: PipelineStage[]): PipelineStage[] {
  return stages.filter((s) => s.kind === 'open' || s.kind === 'won')
}

/** A new stage's id: never reused, never derived from a name that may be renamed. */
export function newStageId(existing: PipelineStage[], random: () => string): string {
  const ids = new Set(existing.map((s) => s.id))
  let id = `stage-${random()}`
  while (ids.has(id)) id = `stage-${random()}`
  return id
}

/** Add a stage where a person expects it: an open stage at the end of the flow, others at the end. */
export function insertStage(stages: PipelineStage[], stage: PipelineStage): PipelineStage[] {
  const firstClosed = stages.findIndex((s) => s.kind !== 'open')
  const at = stage.kind === 'open' && firstClosed >= 0 ? firstClosed : stages.length
  return [...stages.slice(0, at), stage, ...stages.slice(at)]
}
