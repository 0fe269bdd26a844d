// Saving the quick log: a new log (with its follow-up and inline-created records, in one
// transaction) or an edit of an existing interaction. Confirms with a link to the company.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { updateInteraction } from '@renderer/db/repositories/interactions'
import { saveQuickLog } from '@renderer/db/repositories/quickLog'
import { useNotify } from '@renderer/hooks/useNotify'
import type { Interaction } from '@shared/schemas'
import { idsOf } from './parties'
import { valuesToInteraction, valuesToRequest, type QuickLogValues } from './quickLogForm'

export function useQuickLogSave(editing: Interaction | null, onDone: () => void) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)

  const create = async (values: QuickLogValues, defaultFollowUpTitle: string) => {
    const saved = await saveQuickLog(valuesToRequest(values, defaultFollowUpTitle))
    const organizationId = saved.interaction.organizationIds[0]
    const contactId = saved.interaction.contactIds[0]
    const path = organizationId ? `/companies/${organizationId}` : `/contacts/${contactId}`
    notify.success(t(saved.followUp ? 'interactions.saved.withFollowUp' : 'interactions.saved.plain'), {
      label: t('interactions.saved.show'),
      onClick: () => navigate(path)
    })
  }

  const update = async (interaction: Interaction, values: QuickLogValues) => {
    await updateInteraction(interaction.id, {
      ...valuesToInteraction(values),
      organizationIds: idsOf(values.parties, 'organization'),
      contactIds: idsOf(values.parties, 'contact')
    })
    notify.success(t('interactions.saved.updated'))
  }

  const save = async (values: QuickLogValues, defaultFollowUpTitle: string) => {
    if (saving) return
    setSaving(true)
    try {
      await (editing ? update(editing, values) : create(values, defaultFollowUpTitle))
      onDone()
    } catch (error) {
      notify.failure(error)
    } finally {
      setSaving(false)
    }
  }
  return { save, saving }
}
