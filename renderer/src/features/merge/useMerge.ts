// Runs a merge, confirms it with « Annuler » and puts it on the Ctrl/Cmd+Z stack.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { mergeContacts, mergeOrganizations, undoMerge } from '@renderer/db/repositories/merge'
import { forgetUndo, pushUndo, type UndoEntry } from '@renderer/features/undo'
import { useNotify } from '@renderer/hooks/useNotify'
import type { Choices, ContactMergeField, OrganizationMergeField } from '@shared/merge/plan'

export type MergeEntity = 'organization' | 'contact'

export interface MergeRequest {
  entity: MergeEntity
  keptId: string
  otherId: string
  otherName: string
  choices: Record<string, 'kept' | 'other'>
}

export function useMerge(): (request: MergeRequest) => Promise<boolean> {
  const { t } = useTranslation()
  const notify = useNotify()
  return useCallback(
    async ({ entity, keptId, otherId, otherName, choices }: MergeRequest) => {
      const note = {
        date: new Date().toLocaleDateString('sv-SE'),
        heading: t('merge.notesHeading', { name: otherName })
      }
      try {
        const snapshot =
          entity === 'organization'
            ? await mergeOrganizations(keptId, otherId, choices as Choices<OrganizationMergeField>, note)
            : await mergeContacts(keptId, otherId, choices as Choices<ContactMergeField>, note)
        const entry: UndoEntry = {
          label: t('merge.undone', { name: otherName }),
          undo: () => undoMerge(snapshot)
        }
        pushUndo(entry)
        const id = notify.offer(t('merge.done', { name: otherName }), {
          label: t('common.undo'),
          onClick: () => {
            forgetUndo(entry)
            void entry.undo().catch(notify.failure)
          }
        })
        entry.dismiss = () => notify.dismiss(id)
        return true
      } catch (error) {
        notify.failure(error)
        return false
      }
    },
    [notify, t]
  )
}
