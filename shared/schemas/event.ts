import { z } from 'zod'
import {
  calendarDateSchema,
  idSchema,
  notesText,
  multilineText,
  optionalText,
  recordMetaSchema,
  requiredText,
  timestampSchema
} from './common'

export const eventInputSchema = z
  .object({
    name: requiredText(200),
    startsAt: timestampSchema,
    endsAt: timestampSchema.nullable().default(null),
    venue: optionalText(200),
    city: optionalText(100),
    organizerIds: z.array(idSchema).default([]),
    notes: notesText
  })
  .refine((e) => !e.endsAt || e.endsAt >= e.startsAt, {
    error: 'validation.endBeforeStart',
    path: ['endsAt']
  })

export const eventSchema = eventInputSchema.safeExtend(recordMetaSchema.shape)

export const INTRODUCTION_STATUSES = ['proposed', 'made', 'met', 'outcome'] as const
export const INTRODUCTION_OUTCOMES = [
  'financing',
  'partnership',
  'contract',
  'hire',
  'no-follow-up',
  'other'
] as const

/** A "mise en relation": the officer puts person A in touch with person B. */
export const introductionInputSchema = z
  .object({
    personAId: idSchema,
    personBId: idSchema,
    requestedBy: idSchema.nullable().default(null),
    madeAt: calendarDateSchema.nullable().default(null),
    reason: multilineText(1000),
    consentA: z.boolean().default(false),
    consentB: z.boolean().default(false),
    status: z.enum(INTRODUCTION_STATUSES).default('proposed'),
    outcome: z.enum(INTRODUCTION_OUTCOMES).nullable().default(null),
    outcomeNote: multilineText(1000),
    checkInDate: calendarDateSchema.nullable().default(null),
    eventId: idSchema.nullable().default(null)
  })
  .refine((i) => i.personAId !== i.personBId, {
    error: 'validation.introductionSamePerson',
    path: ['personBId']
  })

export const introductionSchema = introductionInputSchema.safeExtend({
  ...recordMetaSchema.shape,
  /** When it reached its outcome, set on save; records from before it was kept have none. */
  outcomeAt: timestampSchema.nullable().optional()
})

export type EventInput = z.input<typeof eventInputSchema>
export type RelaisEvent = z.infer<typeof eventSchema>
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number]
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number]
export type IntroductionInput = z.input<typeof introductionInputSchema>
export type Introduction = z.infer<typeof introductionSchema>
