import { arrayMove } from '@dnd-kit/sortable'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { savePipelineStages } from '@renderer/db/repositories/pipelineStages'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { useNotify } from '@renderer/hooks/useNotify'
import { insertStage, newStageId } from '@shared/domain/pipeline-stages'
import type { PipelineStage } from '@shared/schemas'

type StageDraft = Omit<PipelineStage, 'id'>

/** Stage list edits, each saved at once; removing a stage can be undone. */
export function useStageEditing(stages: PipelineStage[]) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const language = i18n.language === 'en' ? 'en' : 'fr'

  const save = useCallback(
    async (next: PipelineStage[], message?: string) => {
      try {
        await savePipelineStages(next)
        if (message) notify.success(message)
        return true
      } catch (error) {
        notify.failure(error)
        return false
      }
    },
    [notify]
  )

  const add = (draft: StageDraft) =>
    save(
      insertStage(stages, { ...draft, id: newStageId(stages, () => crypto.randomUUID().slice(0, 8)) }),
      t('pipeline.stages.added', { name: draft[language] })
    )
  const update = (id: string, draft: StageDraft) =>
    save(
      stages.map((s) => (s.id === id ? { ...draft, id } : s)),
      t('pipeline.stages.updated', { name: draft[language] })
    )
  const move = (from: number, to: number) =>
    to < 0 || to >= stages.length ? Promise.resolve(false) : save(arrayMove(stages, from, to))
  const remove = async (stage: PipelineStage) => {
    const previous = stages
    if (!(await save(stages.filter((s) => s.id !== stage.id)))) return
    const entry: UndoEntry = {
      label: t('pipeline.stages.restored', { name: stage[language] }),
      undo: () => savePipelineStages(previous)
    }
    pushUndo(entry)
    const id = notify.offer(t('pipeline.stages.removed', { name: stage[language] }), {
      label: t('common.undo'),
      onClick: () => {
        forgetUndo(entry)
        void entry.undo().catch(notify.failure)
      }
    })
    entry.dismiss = () => notify.dismiss(id)
  }
  return { add, update, move, remove }
}
