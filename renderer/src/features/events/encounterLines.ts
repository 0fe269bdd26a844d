// Event mode's lines (what the officer types) kept as a draft, and their conversion to the save.
import { z } from 'zod'
import type { EncounterRequest } from '@renderer/db/repositories/encounters'
import { presetDueDate, type DuePreset } from '@shared/domain/due-dates'
import type { CalendarDate } from '@shared/domain/dates'
import { partiesRequest, type PartyRef } from '@renderer/features/interactions'

export const LINE_FOLLOW_UPS = ['none', 'tomorrow', 'next-week', 'in-two-weeks'] as const
export type LineFollowUp = (typeof LINE_FOLLOW_UPS)[number]

export interface EncounterLine {
  key: string
  parties: PartyRef[]
  note: string
  followUp: LineFollowUp
}

const partySchema = z.union([
  z.object({ type: z.enum(['organization', 'contact']), id: z.string() }),
  z.object({ type: z.enum(['new-organization', 'new-contact']), name: z.string() })
])

/** A draft read back is checked: a draft from an older version is dropped rather than crash. */
export const encounterDraftSchema = z.object({
  lines: z.array(
    z.object({
      key: z.string(),
      parties: z.array(partySchema),
      note: z.string(),
      followUp: z.enum(LINE_FOLLOW_UPS)
    })
  )
})

export const draftKey = (eventId: string) => `event-mode:${eventId}`

export const newLine = (): EncounterLine => ({
  key: crypto.randomUUID(),
  parties: [],
  note: '',
  followUp: 'none'
})

export const isBlank = (line: EncounterLine) => line.parties.length === 0 && line.note.trim() === ''

/** The number (1-based, as shown) of the first line with nothing typed, else the last line. */
export function firstBlankLine(lines: readonly EncounterLine[]): number {
  const index = lines.findIndex(isBlank)
  return index === -1 ? lines.length : index + 1
}

export interface EncounterPlan {
  requests: EncounterRequest[]
  /** The line number (1-based, as shown) of each request. */
  lineNumbers: number[]
}

/** The lines to save (blank ones skipped), each with its due date worked out from today. */
export function planEncounters(lines: readonly EncounterLine[], today: CalendarDate): EncounterPlan {
  const plan: EncounterPlan = { requests: [], lineNumbers: [] }
  lines.forEach((line, index) => {
    if (isBlank(line)) return
    plan.requests.push({
      ...partiesRequest(line.parties),
      note: line.note,
      followUpDueDate:
        line.followUp === 'none' ? null : presetDueDate(line.followUp satisfies DuePreset, today)
    })
    plan.lineNumbers.push(index + 1)
  })
  return plan
}
