import { z } from 'zod'
import { lazySchema } from './lazy'
import { REGION_CODES } from '../domain/regions'
import {
  calendarDateSchema,
  idSchema,
  notesText,
  multilineText,
  optionalText,
  recordMetaSchema,
  requiredText,
  tagsSchema,
  timestampSchema,
  urlSchema
} from './common'

export const ORGANIZATION_KINDS = ['company', 'partner', 'funder', 'public-body'] as const
export const COMPANY_STAGES = ['idea', 'startup', 'growth', 'established'] as const
export const TIERS = ['key-account', 'active', 'watch'] as const
export const RISK_LEVELS = ['none', 'yellow', 'red'] as const

export const riskFlagSchema = lazySchema(() =>
  z.object({
    level: z.enum(RISK_LEVELS),
    reason: multilineText(500),
    since: calendarDateSchema.nullable().default(null)
  })
)

/**
 * A flag raised from the company page: a yellow or red flag says why and since when (records
 * flagged before the date was asked for may lack it; a flag set now always has one).
 */
export const riskFlagInputSchema = lazySchema(() =>
  riskFlagSchema
    .refine((flag) => flag.level === 'none' || flag.reason.trim().length > 0, {
      message: 'validation.riskReason',
      path: ['reason']
    })
    .refine((flag) => flag.level === 'none' || flag.since !== null, {
      message: 'validation.riskSince',
      path: ['since']
    })
)

/** What a form or an import provides. NEQ: Quebec enterprise number, exactly 10 digits. */
export const organizationInputSchema = lazySchema(() =>
  z.object({
    name: requiredText(200),
    kind: z.enum(ORGANIZATION_KINDS, { error: 'validation.choice' }).default('company'),
    neq: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ''))
      .pipe(z.union([z.literal(''), z.string().regex(/^\d{10}$/, { error: 'validation.neq' })]))
      .default(''),
    industryCode: optionalText(10),
    industryLabel: optionalText(200),
    region: z.enum(REGION_CODES, { error: 'validation.region' }).nullable().default(null),
    mrc: optionalText(100),
    city: optionalText(100),
    website: urlSchema,
    employees: z
      .number({ error: 'validation.number' })
      .int({ error: 'validation.wholeNumber' })
      .nonnegative({ error: 'validation.numberNegative' })
      .nullable()
      .default(null),
    stage: z.enum(COMPANY_STAGES, { error: 'validation.choice' }).nullable().default(null),
    tier: z.enum(TIERS, { error: 'validation.choice' }).nullable().default(null),
    riskFlag: riskFlagSchema.default({ level: 'none', reason: '', since: null }),
    tags: tagsSchema,
    notes: notesText
  })
)

export const organizationSchema = lazySchema(() =>
  organizationInputSchema.extend(recordMetaSchema.shape).extend({
    nameKey: z.string(),
    lastInteractionAt: timestampSchema.nullable().default(null),
    /** Set when merged into another company (the Trash says « fusionné dans … »). */
    mergedInto: idSchema.nullable().optional()
  })
)

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]
export type CompanyStage = (typeof COMPANY_STAGES)[number]
export type Tier = (typeof TIERS)[number]
export type RiskFlag = z.infer<typeof riskFlagSchema>
export type OrganizationInput = z.input<typeof organizationInputSchema>
export type Organization = z.infer<typeof organizationSchema>
