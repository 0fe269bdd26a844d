// The pipeline's stages, kept in settings. Renaming or reordering only rewrites the list (files
// point at stage ids, which never change); removing a stage that still holds files is refused.
import { AppError } from '@shared/errors'
import type { PipelineStage } from '@shared/schemas'
import { db } from '../schema'
import { getSetting, setSetting } from './settings'

export const getPipelineStages = () => getSetting('pipelineStages')

export async function savePipelineStages(next: PipelineStage[]): Promise<void> {
  await db().transaction('rw', [db().settings, db().opportunities], async () => {
    const current = await getSetting('pipelineStages')
    const kept = new Set(next.map((s) => s.id))
    for (const stage of current.filter((s) => !kept.has(s.id))) {
      // Files in the Trash count too: restoring one must find its stage.
      const count = await db().opportunities.where('stageId').equals(stage.id).count()
      if (count > 0) throw new AppError('pipeline.stages.inUse', { fr: stage.fr, en: stage.en, count })
    }
    await setSetting('pipelineStages', next)
  })
}
