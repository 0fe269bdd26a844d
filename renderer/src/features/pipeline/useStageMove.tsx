import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { moveToStage, undoStageMove } from '@renderer/db/repositories/opportunities'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { useNotify } from '@renderer/hooks/useNotify'
import type { MoveOptions } from '@shared/domain/pipeline-moves'
import type { Opportunity } from '@shared/schemas'
import { LostReasonModal } from './LostReasonModal'
import { useStages } from './usePipeline'
import { afterPaint } from '@renderer/hooks/afterPaint'

/** What a move needs of a file: the board's card of it is enough. */
export type MovedFile = Pick<Opportunity, 'id' | 'title' | 'outcome' | 'lostReason'>

interface StageMoveHooks {
  /** Called as the move starts (the board shows the card in its new column at once). */
  onStart?: (fileId: string, stageId: string) => void
  /** Called when the move was refused or failed. */
  onFailed?: (fileId: string) => void
}

/**
 * Move a file to a stage from the board, a card's menu or the file's page: asks for the reason
 * when the stage is a lost one, confirms with Undo, and puts the move on the Ctrl/Cmd+Z stack.
 * Returns `request` and the dialog to render.
 */
export function useStageMove(hooks: StageMoveHooks = {}): {
  request: (file: MovedFile, stageId: string) => void
  dialog: ReactNode
} {
  const { t } = useTranslation()
  const notify = useNotify()
  const { byId, nameOf } = useStages()
  const [losing, setLosing] = useState<{ file: MovedFile; stageId: string } | null>(null)
  const latest = useRef(hooks)
  useEffect(() => {
    latest.current = hooks
  })

  const run = useCallback(
    async (file: MovedFile, stageId: string, options: MoveOptions = {}) => {
      latest.current.onStart?.(file.id, stageId)
      try {
        await afterPaint()
        const move = await moveToStage(file.id, stageId, options)
        if (!move) return
        const names = { title: file.title, from: nameOf(move.change.fromStageId), to: nameOf(stageId) }
        const entry: UndoEntry = { label: t('pipeline.move.undone', names), undo: () => undoStageMove(move) }
        pushUndo(entry)
        const id = notify.offer(t('pipeline.move.done', names), {
          label: t('common.undo'),
          onClick: () => {
            forgetUndo(entry)
            void entry.undo().catch(notify.failure)
          }
        })
        entry.dismiss = () => notify.dismiss(id)
      } catch (error) {
        latest.current.onFailed?.(file.id)
        notify.failure(error)
      }
    },
    [nameOf, notify, t]
  )

  const request = useCallback(
    (file: MovedFile, stageId: string) => {
      // A won file goes to the repository, which refuses with the right message.
      if (byId.get(stageId)?.kind === 'lost' && file.outcome !== 'won') setLosing({ file, stageId })
      else void run(file, stageId)
    },
    [byId, run]
  )

  const dialog = (
    <LostReasonModal
      title={losing?.file.title ?? null}
      initialReason={losing?.file.lostReason}
      onCancel={() => setLosing(null)}
      onConfirm={(lostReason) => {
        if (losing) void run(losing.file, losing.stageId, { lostReason })
        setLosing(null)
      }}
    />
  )
  return { request, dialog }
}
