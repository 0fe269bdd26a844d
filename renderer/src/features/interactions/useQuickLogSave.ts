// Saving the quick log: a new log (with its follow-up and inline-created records, in one
// transaction) or an edit of an existing interaction. Confirms with a link to the company.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { updateInteraction } from '@renderer/db/repositories/interactions'
import { getPartyLabels } from '@renderer/db/repositories/parties'
import { saveQuickLog } from '@renderer/db/repositories/quickLog'
import { useNotify } from '@renderer/hooks/useNotify'
import type { Interaction } from '@shared/schemas'
import { idsOf, type PartyRef } from './parties'
import { quickLog } from './quickLogStore'
import { valuesToInteraction, valuesToRequest, type QuickLogValues } from './quickLogForm'

async function partyName(party: PartyRef | undefined): Promise<string> {
  if (!party) return ''
  if (!('id' in party)) return party.name
  const [label] =
    party.type === 'organization'
      ? await getPartyLabels([party.id], [])
      : await getPartyLabels([], [party.id])
  return label?.label ?? ''
}

export function useQuickLogSave(editing: Interaction | null, onDone: () => void) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)

  const create = async (values: QuickLogValues) => {
    // Read the name now: the field's label may not have loaded yet when Ctrl+Enter comes quickly
    const name = await partyName(values.parties[0])
    const saved = await saveQuickLog(
      valuesToRequest(values, t('interactions.followUp.defaultTitle', { name }))
    )
    await quickLog.saved(saved.interaction.id)
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

  const update = async (interaction: Interaction, values: QuickLogValues) => {
    await updateInteraction(interaction.id, {
      ...valuesToInteraction(values),
      organizationIds: idsOf(values.parties, 'organization'),
      contactIds: idsOf(values.parties, 'contact')
    })
    notify.success(t('interactions.saved.updated'))
  }

  const save = async (values: QuickLogValues) => {
    if (saving) return
    setSaving(true)
    try {
      await (editing ? update(editing, values) : create(values))
      onDone()
    } catch (error) {
      notify.failure(error)
    } finally {
      setSaving(false)
    }
  }
  return { save, saving }
}
