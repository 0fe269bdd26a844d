import { z } from 'zod'
import { lazySchema } from './lazy'
import { calendarDateSchema, idSchema, multilineText, recordMetaSchema, timestampSchema } from './common'

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
export const introductionInputSchema = lazySchema(() =>
  z
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
)

export const introductionSchema = lazySchema(() =>
  introductionInputSchema.safeExtend({
    ...recordMetaSchema.shape,
    /** When it reached its outcome, set on save; records from before it was kept have none. */
    outcomeAt: timestampSchema.nullable().optional()
  })
)

export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number]
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number]
export type IntroductionInput = z.input<typeof introductionInputSchema>
export type Introduction = z.infer<typeof introductionSchema>
