// The quick log's form values (what the inputs hold) and their conversion to a save request.
import type { QuickLogRequest } from '@renderer/db/repositories/quickLog'
import { fromLocalParts, localParts, todayDate, type CalendarDate } from '@shared/domain/dates'
import { presetDueDate, type DuePreset } from '@shared/domain/due-dates'
import type { Interaction, InteractionKind } from '@shared/schemas'
import { partiesRequest, type PartyRef } from './parties'
import type { QuickLogPreset } from './quickLogStore'

export const FOLLOW_UP_CHOICES = ['none', 'tomorrow', 'next-week', 'in-two-weeks', 'date'] as const
export type FollowUpChoice = (typeof FOLLOW_UP_CHOICES)[number]

export interface QuickLogValues {
  parties: PartyRef[]
  kind: InteractionKind
  date: CalendarDate
  time: string
  durationMinutes: number | string
  title: string
  notes: string
  opportunityId: string | null
  eventId: string | null
  followUp: FollowUpChoice
  followUpTitle: string
  followUpDate: CalendarDate | null
  /** Open follow-ups of the chosen people to mark done with the log. */
  doneFollowUpIds: string[]
}

export function initialValues(preset: QuickLogPreset, now = new Date()): QuickLogValues {
  const { date, time } = localParts(preset.occurredAt ?? now.toISOString())
  return {
    parties: [
      ...(preset.organizationIds ?? []).map((id) => ({ type: 'organization' as const, id })),
      ...(preset.contactIds ?? []).map((id) => ({ type: 'contact' as const, id }))
    ],
    kind: preset.kind ?? 'meeting',
    date,
    time,
    durationMinutes: preset.durationMinutes ?? '',
    title: preset.title ?? '',
    notes: preset.notes ?? '',
    opportunityId: preset.opportunityId ?? null,
    eventId: preset.eventId ?? null,
    followUp: 'none',
    followUpTitle: '',
    followUpDate: null,
    doneFollowUpIds: []
  }
}

export function interactionToValues(i: Interaction): QuickLogValues {
  return {
    ...initialValues({}),
    ...localParts(i.occurredAt),
    parties: [
      ...i.organizationIds.map((id) => ({ type: 'organization' as const, id })),
      ...i.contactIds.map((id) => ({ type: 'contact' as const, id }))
    ],
    kind: i.kind,
    durationMinutes: i.durationMinutes ?? '',
    title: i.title,
    notes: i.notes,
    opportunityId: i.opportunityId,
    eventId: i.eventId
  }
}

/** The follow-up's due date for the chosen preset, or the picked date. */
export function followUpDueDate(values: QuickLogValues, today = todayDate()): CalendarDate | null {
  if (values.followUp === 'none') return null
  if (values.followUp === 'date') return values.followUpDate
  return presetDueDate(values.followUp satisfies DuePreset, today)
}

export function valuesToInteraction(values: QuickLogValues): QuickLogRequest['interaction'] {
  return {
    kind: values.kind,
    occurredAt: values.date && values.time ? fromLocalParts(values.date, values.time) : '',
    durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
    title: values.title,
    notes: values.notes,
    opportunityId: values.opportunityId || null,
    eventId: values.eventId || null
  }
}

export function valuesToRequest(values: QuickLogValues, defaultFollowUpTitle: string): QuickLogRequest {
  const dueDate = followUpDueDate(values)
  return {
    interaction: valuesToInteraction(values),
    ...partiesRequest(values.parties),
    followUp:
      values.followUp === 'none'
        ? null
        : { title: values.followUpTitle.trim() || defaultFollowUpTitle, dueDate: dueDate ?? '' },
    doneFollowUpIds: values.doneFollowUpIds
  }
}
