import { z } from 'zod'
import { lazySchema } from './lazy'
import {
  calendarDateSchema,
  centsSchema,
  idSchema,
  notesText,
  multilineText,
  optionalText,
  recordMetaSchema,
  requiredText,
  timestampSchema
} from './common'

export const PRODUCTS = [
  'term-loan',
  'working-capital',
  'venture-capital',
  'grant',
  'tax-credit',
  'advisory',
  'other'
] as const
export const OUTCOMES = ['won', 'lost', 'withdrawn'] as const

const optionalCents = centsSchema.nullable().default(null)
const jobsSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.wholeNumber' })
  .nonnegative({ error: 'validation.numberNegative' })
  .nullable()
  .default(null)

/** A financing file. Money in integer cents (CAD). */
export const opportunityInputSchema = lazySchema(() =>
  z.object({
    organizationId: idSchema,
    title: requiredText(200),
    product: z.enum(PRODUCTS, { error: 'validation.choice' }).default('term-loan'),
    program: optionalText(200),
    requestedCents: optionalCents,
    authorizedCents: optionalCents,
    disbursedCents: optionalCents,
    projectCostCents: optionalCents,
    jobsCreated: jobsSchema,
    jobsRetained: jobsSchema,
    stageId: idSchema,
    probability: z
      .number({ error: 'validation.number' })
      .min(0, { error: 'validation.probability' })
      .max(100, { error: 'validation.probability' }),
    expectedCloseDate: calendarDateSchema.nullable().default(null),
    nextStepDate: calendarDateSchema.nullable().default(null),
    outcome: z.enum(OUTCOMES).nullable().default(null),
    lostReason: multilineText(500),
    primaryContactId: idSchema.nullable().default(null),
    funderIds: z.array(idSchema).default([]),
    notes: notesText
  })
)

export const opportunitySchema = lazySchema(() =>
  opportunityInputSchema.extend(recordMetaSchema.shape).extend({
    /** When the file was opened (a calendar date): a close date may not precede it. */
    openedOn: calendarDateSchema,
    stageEnteredAt: timestampSchema,
    closedAt: timestampSchema.nullable().default(null),
    /**
     * The company as the pipeline shows it: its name and region, or null while it is in the Trash.
     * A copy the repositories keep from the company record (never from a form), so that the board
     * reads the files alone; absent only before version 5 of the database filled it.
     */
    organization: z.object({ name: z.string(), region: z.string().nullable() }).nullable().optional()
  })
)

/** A configurable pipeline stage, stored in settings. kind says where it sits in the flow. */
export const STAGE_KINDS = ['open', 'won', 'lost', 'hold'] as const
/** Which amount a stage counts: the requested one before approval, the authorised one after. */
export const AMOUNT_BASES = ['requested', 'authorized'] as const
export const pipelineStageSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    fr: requiredText(80),
    en: requiredText(80),
    probability: z
      .number({ error: 'validation.number' })
      .min(0, { error: 'validation.probability' })
      .max(100, { error: 'validation.probability' }),
    kind: z.enum(STAGE_KINDS, { error: 'validation.choice' }),
    /** Absent: "authorized" for a won stage, "requested" otherwise. */
    amountBasis: z.enum(AMOUNT_BASES, { error: 'validation.choice' }).optional()
  })
)

/** The stage list: ids unique (files point at them), and somewhere for a new file to start. */
export const pipelineStagesSchema = lazySchema(() =>
  pipelineStageSchema
    .array()
    .min(1, { error: 'validation.stagesNeedOpen' })
    .refine((stages) => new Set(stages.map((s) => s.id)).size === stages.length, {
      error: 'validation.invalid'
    })
    .refine((stages) => stages.some((s) => s.kind === 'open'), { error: 'validation.stagesNeedOpen' })
)

export type Product = (typeof PRODUCTS)[number]
export type Outcome = (typeof OUTCOMES)[number]
export type StageKind = (typeof STAGE_KINDS)[number]
export type AmountBasis = (typeof AMOUNT_BASES)[number]
export type OpportunityInput = z.input<typeof opportunityInputSchema>
export type Opportunity = z.infer<typeof opportunitySchema>
export type PipelineStage = z.infer<typeof pipelineStageSchema>
