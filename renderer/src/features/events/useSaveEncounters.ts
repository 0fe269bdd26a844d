// Saving event mode: every line in one transaction; an invalid line is named, nothing is written.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveEncounters } from '@renderer/db/repositories/encounters'
import { afterPaint } from '@renderer/hooks/afterPaint'
import { useNotify } from '@renderer/hooks/useNotify'
import { encounterTime } from '@shared/domain/events'
import { localParts } from '@shared/domain/dates'
import { AppError, ValidationError } from '@shared/errors'
import type { RelaisEvent } from '@shared/schemas'
import { planEncounters, type EncounterLine } from './encounterLines'

/** Line number → its first error, translated. */
export type LineErrors = Map<number, string>

/** `onSaved` leaves the screen (the draft cleared first). */
export function useSaveEncounters(event: RelaisEvent | undefined, onSaved: () => Promise<void>) {
  const { t } = useTranslation()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<LineErrors>(new Map())

  const lineErrors = (error: ValidationError, lineNumbers: number[]): LineErrors => {
    const out: LineErrors = new Map()
    for (const issue of error.issues) {
      const number = lineNumbers[Number(issue.path.split('.')[0])]
      if (number !== undefined && !out.has(number)) out.set(number, t(issue.key))
    }
    return out
  }

  const save = async (lines: EncounterLine[]) => {
    if (!event || saving) return
    // « Demain », « Dans 2 semaines »: from the evening itself, not from the day the draft is saved
    const plan = planEncounters(lines, localParts(event.startsAt).date)
    if (plan.requests.length === 0) return notify.failure(new AppError('events.capture.nothing'))
    setSaving(true)
    let left = false
    try {
      const saved = await saveEncounters(event.id, plan.requests, {
        occurredAt: encounterTime(event, new Date()),
        followUpTitle: (name) => t('events.capture.followUpTitle', { name, event: event.name })
      })
      // said as soon as it is stored, and painted first: clearing the draft and opening the
      // event's page (a long list) follow, so they never hold back the message's frame
      notify.success(t('events.capture.saved', { count: saved.interactions.length }))
      setErrors((shown) => (shown.size === 0 ? shown : new Map()))
      await afterPaint()
      await onSaved()
      left = true
    } catch (error) {
      if (error instanceof ValidationError) setErrors(lineErrors(error, plan.lineNumbers))
      notify.failure(error)
    } finally {
      // once saved the screen is left: Save stays busy until then, so the lines cannot go twice
      if (!left) setSaving(false)
    }
  }
  return { save, saving, errors }
}
