// "Logging a meeting closes the loop": the open follow-ups of the chosen people, each with a box
// to mark it done with the log. Due today or overdue starts ticked; due later starts unticked.
import { Checkbox, Fieldset, Stack } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { listOpenFollowUpsOfContacts } from '@renderer/db/repositories/followUps'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatLongDate, todayDate } from '@shared/domain/dates'
import { idsOf } from './parties'
import type { QuickLogValues } from './quickLogForm'

export function OpenFollowUpChecks({ form }: { form: UseFormReturnType<QuickLogValues> }) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const contactIds = idsOf(form.values.parties, 'contact')
  const loaded = useDbQuery(() => listOpenFollowUpsOfContacts(contactIds), [contactIds.join(',')]).data
  const followUps = loaded ?? []

  // Tick the due ones once, when they first show (a box the user changed stays as set); drop the
  // ticks of a person removed from the log
  const seen = useRef(new Set<string>())
  useEffect(() => {
    if (!loaded) return
    const today = todayDate()
    const shown = new Set(loaded.map((f) => f.id))
    const fresh = loaded.filter((f) => !seen.current.has(f.id))
    fresh.forEach((f) => seen.current.add(f.id))
    const current = form.getValues().doneFollowUpIds
    const kept = current.filter((id) => shown.has(id))
    const due = fresh.filter((f) => f.dueDate <= today).map((f) => f.id)
    if (due.length > 0 || kept.length !== current.length)
      form.setFieldValue('doneFollowUpIds', [...kept, ...due])
  }, [loaded, form])

  if (followUps.length === 0) return null
  const checked = form.values.doneFollowUpIds
  return (
    <Fieldset legend={t('forms.closeFollowUps.legend')} variant="filled" p="sm">
      <Stack gap={6}>
        {followUps.map((f) => (
          <Checkbox
            key={f.id}
            label={t('forms.closeFollowUps.markDone', {
              title: f.title,
              date: formatLongDate(f.dueDate, language)
            })}
            checked={checked.includes(f.id)}
            onChange={(event) =>
              form.setFieldValue(
                'doneFollowUpIds',
                event.currentTarget.checked ? [...checked, f.id] : checked.filter((id) => id !== f.id)
              )
            }
          />
        ))}
      </Stack>
    </Fieldset>
  )
}
