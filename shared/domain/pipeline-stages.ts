import type { PipelineStage } from '../schemas/opportunity'

/** The default financing pipeline of DESIGN.md; configurable in Settings. Ids never change. */
export const DEFAULT_PIPELINE_STAGES: PipelineStage[] = [
  { id: 'lead', fr: 'Piste', en: 'Lead', probability: 10, kind: 'open' },
  { id: 'first-meeting', fr: 'Première rencontre', en: 'First meeting', probability: 20, kind: 'open' },
  { id: 'needs-analysis', fr: 'Analyse des besoins', en: 'Needs analysis', probability: 30, kind: 'open' },
  { id: 'application', fr: 'Demande déposée', en: 'Application', probability: 50, kind: 'open' },
  { id: 'credit-review', fr: 'Analyse de crédit', en: 'Credit review', probability: 65, kind: 'open' },
  { id: 'approved', fr: 'Autorisé', en: 'Approved', probability: 90, kind: 'open' },
  { id: 'disbursed', fr: 'Décaissé', en: 'Disbursed', probability: 100, kind: 'won' },
  { id: 'lost', fr: 'Perdu', en: 'Lost', probability: 0, kind: 'lost' },
  { id: 'on-hold', fr: 'En suspens', en: 'On hold', probability: 0, kind: 'hold' }
]
