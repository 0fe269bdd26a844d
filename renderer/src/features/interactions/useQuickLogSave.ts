// Saving the quick log: a new log (with its follow-up and inline-created records, in one
// transaction) or an edit of an existing interaction. Confirms with a link to the company.
// A new log shows on the timeline and the dialog closes at once; the write follows, and if it is
// refused the entry goes, the failure is said and the dialog reopens with what was typed.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { buildInteraction, updateInteraction } from '@renderer/db/repositories/interactions'
import { useHideFormModal } from '@renderer/components/FormModal'
import { getPartyLabels } from '@renderer/db/repositories/parties'
import { saveQuickLog } from '@renderer/db/repositories/quickLog'
import { newId } from '@renderer/db/repositories/records'
import { useNotify } from '@renderer/hooks/useNotify'
import type { Interaction } from '@shared/schemas'
import { idsOf, type PartyRef } from './parties'
import { pendingLogs } from '@renderer/hooks/pendingLogs'
import { valuesToInteraction, valuesToRequest, type QuickLogValues } from './quickLogForm'
import { quickLog } from './quickLogStore'
import { afterPaint } from '@renderer/hooks/afterPaint'

/** How long a stored log may stay in the pending list when no timeline read it back. */
const FORGET_AFTER_MS = 10_000

async function partyName(party: PartyRef | undefined): Promise<string> {
  if (!party) return ''
  if (!('id' in party)) return party.name
  const [label] =
    party.type === 'organization'
      ? await getPartyLabels([party.id], [])
      : await getPartyLabels([], [party.id])
  return label?.label ?? ''
}

/** The entry the timeline shows before the write; null when the log names only new records. */
function preview(values: QuickLogValues, id: string): Interaction | null {
  const organizationIds = idsOf(values.parties, 'organization')
  const contactIds = idsOf(values.parties, 'contact')
  if (organizationIds.length + contactIds.length === 0) return null
  try {
    return { ...buildInteraction({ ...valuesToInteraction(values), organizationIds, contactIds }), id }
  } catch {
    return null // the save below says what is wrong
  }
}

/** Runs an edit's save with the revision its form read (see useStaleGuard). */
type RevisionGuard = <T>(save: (expectedRevision: number) => Promise<T>) => Promise<T>

export function useQuickLogSave(editing: Interaction | null, onDone: () => void, guard?: RevisionGuard) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)
  const busy = useRef(false)
  const hideDialog = useHideFormModal()

  const write = async (values: QuickLogValues, id: string, captureKey = quickLog.captureKey()) => {
    // Read the name now: the field's label may not have loaded yet when Ctrl+Enter comes quickly
    const name = await partyName(values.parties[0])
    const saved = await saveQuickLog({
      ...valuesToRequest(values, t('interactions.followUp.defaultTitle', { name })),
      id,
      captureKey
    })
    // Show what was chosen first: a person logged alone opens their page, not their company's
    const companyChosen = values.parties.some(
      (p) => p.type === 'organization' || p.type === 'new-organization'
    )
    const path = companyChosen
      ? `/companies/${saved.interaction.organizationIds[0]}`
      : `/contacts/${saved.interaction.contactIds[0]}`
    notify.success(t(saved.followUp ? 'interactions.saved.withFollowUp' : 'interactions.saved.plain'), {
      label: t('interactions.saved.show'),
      onClick: () => navigate(path)
    })
  }

  /** Shows the log and closes the dialog first when it can; false when the dialog stays for the write. */
  const create = async (values: QuickLogValues): Promise<boolean> => {
    const id = newId()
    const captureKey = quickLog.captureKey()
    const shown = preview(values, id)
    if (!shown) {
      setSaving(true)
      await write(values, id, captureKey)
      return false
    }
    pendingLogs.add(shown)
    // The dialog goes in the frame that shows the entry; React removes it after that paint
    if (hideDialog) hideDialog()
    else onDone()
    try {
      await afterPaint()
      if (hideDialog) onDone()
      await write(values, id, captureKey)
      setTimeout(() => pendingLogs.forget(new Set([id])), FORGET_AFTER_MS)
    } catch (error) {
      pendingLogs.forget(new Set([id]))
      quickLog.reopen(values, { captureKey })
      notify.failure(error)
    }
    return true
  }

  const update = async (interaction: Interaction, values: QuickLogValues) => {
    const edit = (expectedRevision?: number) =>
      updateInteraction(
        interaction.id,
        {
          ...valuesToInteraction(values),
          organizationIds: idsOf(values.parties, 'organization'),
          contactIds: idsOf(values.parties, 'contact')
        },
        expectedRevision
      )
    await (guard ? guard(edit) : edit())
    notify.success(t('interactions.saved.updated'))
  }

  const save = async (values: QuickLogValues) => {
    if (busy.current) return
    busy.current = true
    try {
      // A new log that shows at once is not marked « saving »: that would render the form again
      if (editing) {
        setSaving(true)
        await update(editing, values)
      }
      const closed = editing ? false : await create(values)
      if (!closed) onDone()
    } catch (error) {
      notify.failure(error)
    } finally {
      busy.current = false
      setSaving(false)
    }
  }
  return { save, saving }
}
