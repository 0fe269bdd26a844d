// "Introduce…" in the quick log: an introduction between the people chosen in the log, recorded in
// its own dialog on top of the log.
import type { IntroductionPreset } from '@renderer/features/introductions'
import { idsOf } from './parties'
import type { QuickLogValues } from './quickLogForm'

export interface LogIntroduction {
  /** The first two people of the log (those already in Relais) and the log's event. */
  preset: IntroductionPreset
  /** Nothing written in the log but its people: once the introduction is saved, the log is done. */
  logIsEmpty: boolean
}

export function logIntroduction(values: QuickLogValues): LogIntroduction {
  const [personAId, personBId] = idsOf(values.parties, 'contact')
  return {
    preset: { personAId, personBId, eventId: values.eventId ?? undefined },
    logIsEmpty: values.title.trim() === '' && values.notes.trim() === '' && values.followUp === 'none'
  }
}
