// The introduction form's values and their conversion to the schema's input and the save's texts.
import type { IntroductionTexts } from '@renderer/db/repositories/introductions'
import type { CalendarDate } from '@shared/domain/dates'
import { introductionLogTime } from '@shared/domain/introductions'
import type {
  Introduction,
  IntroductionInput,
  IntroductionOutcome,
  IntroductionStatus
} from '@shared/schemas'

export interface IntroductionFormValues {
  personAId: string | null
  personBId: string | null
  requestedBy: string | null
  reason: string
  status: IntroductionStatus
  outcome: IntroductionOutcome | null
  outcomeNote: string
  madeAt: CalendarDate | null
  checkInDate: CalendarDate | null
  consentA: boolean
  consentB: boolean
  eventId: string | null
}

export interface IntroductionPreset {
  personAId?: string
  personBId?: string
  eventId?: string
}

/** Most introductions are recorded once made (at the 5 à 7, on the spot): "made" today by default. */
export function emptyIntroductionForm(
  preset: IntroductionPreset,
  today: CalendarDate
): IntroductionFormValues {
  return {
    personAId: preset.personAId ?? null,
    personBId: preset.personBId ?? null,
    requestedBy: null,
    reason: '',
    status: 'made',
    outcome: null,
    outcomeNote: '',
    madeAt: today,
    checkInDate: null,
    // Law 25: consent is affirmed by a tick, never assumed
    consentA: false,
    consentB: false,
    eventId: preset.eventId ?? null
  }
}

export const introductionToForm = (i: Introduction): IntroductionFormValues => ({
  personAId: i.personAId,
  personBId: i.personBId,
  requestedBy: i.requestedBy,
  reason: i.reason,
  status: i.status,
  outcome: i.outcome,
  outcomeNote: i.outcomeNote,
  madeAt: i.madeAt,
  checkInDate: i.checkInDate,
  consentA: i.consentA,
  consentB: i.consentB,
  eventId: i.eventId
})

/** An introduction made (or further) records both people's consent: the boxes left unticked. */
export function missingConsents(values: IntroductionFormValues): ('consentA' | 'consentB')[] {
  if (values.status === 'proposed') return []
  return (['consentA', 'consentB'] as const).filter((box) => !values[box])
}

/** An outcome only counts once the status says so; a proposed introduction has no made date. */
export function formToIntroductionInput(values: IntroductionFormValues): IntroductionInput {
  return {
    ...values,
    personAId: values.personAId ?? '',
    personBId: values.personBId ?? '',
    madeAt: values.status === 'proposed' ? null : values.madeAt,
    outcome: values.status === 'outcome' ? values.outcome : null
  }
}

export function introductionTexts(
  values: IntroductionFormValues,
  names: { a: string; b: string },
  translate: (key: string, names: { a: string; b: string }) => string,
  eventStartsAt: string | null
): IntroductionTexts {
  return {
    logTitle: translate('introductions.logTitle', names),
    checkInTitle: translate('introductions.checkInTitle', names),
    loggedAt: introductionLogTime(formToIntroductionInput(values).madeAt ?? null, new Date(), eventStartsAt)
  }
}
