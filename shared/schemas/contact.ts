import { z } from 'zod'
import { lazySchema } from './lazy'
import {
  calendarDateSchema,
  emailSchema,
  idSchema,
  languageSchema,
  notesText,
  optionalText,
  phoneSchema,
  recordMetaSchema,
  requiredText,
  tagsSchema,
  timestampSchema
} from './common'

/** Law 25: on what basis we hold this person's information, since when, and where it came from. */
export const CONSENT_BASES = ['express', 'implied', 'public-professional', 'not-recorded'] as const

export const consentSchema = lazySchema(() =>
  z.object({
    basis: z.enum(CONSENT_BASES, { error: 'validation.choice' }).default('not-recorded'),
    date: calendarDateSchema.nullable().default(null),
    source: optionalText(200),
    /** The day the person withdrew their consent: once set, a merge always keeps it (no form sets it yet). */
    withdrawnAt: calendarDateSchema.nullable().optional()
  })
)

export const contactInputSchema = lazySchema(() =>
  z.object({
    organizationId: idSchema.nullable().default(null),
    firstName: requiredText(100),
    lastName: optionalText(100),
    role: optionalText(150),
    email: emailSchema,
    phone: phoneSchema,
    language: languageSchema.default('fr'),
    consent: consentSchema.default({ basis: 'not-recorded', date: null, source: '' }),
    tags: tagsSchema,
    notes: notesText
  })
)

export const contactSchema = lazySchema(() =>
  contactInputSchema.extend(recordMetaSchema.shape).extend({
    nameKey: z.string(),
    lastInteractionAt: timestampSchema.nullable().default(null),
    /** Set when the person was erased under Law 25: the record stays for counts, without personal data. */
    erasedAt: timestampSchema.nullable().default(null),
    /** Set when merged into another person (the Trash says « fusionné dans … »). */
    mergedInto: idSchema.nullable().optional()
  })
)

export type ConsentBasis = (typeof CONSENT_BASES)[number]
export type ContactInput = z.input<typeof contactInputSchema>
export type Contact = z.infer<typeof contactSchema>
