import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, notesText, optionalText, recordMetaSchema, timestampSchema } from './common'

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'email',
  'event-encounter',
  'site-visit',
  'note',
  'introduction'
] as const

export const interactionInputSchema = lazySchema(() =>
  z
    .object({
      kind: z.enum(INTERACTION_KINDS, { error: 'validation.choice' }).default('meeting'),
      occurredAt: timestampSchema,
      durationMinutes: z
        .number({ error: 'validation.number' })
        .int()
        .nonnegative({ error: 'validation.numberNegative' })
        .max(24 * 60)
        .nullable()
        .default(null),
      title: optionalText(200),
      notes: notesText,
      organizationIds: z.array(idSchema).default([]),
      contactIds: z.array(idSchema).default([]),
      opportunityId: idSchema.nullable().default(null),
      eventId: idSchema.nullable().default(null)
    })
    .refine((i) => i.organizationIds.length > 0 || i.contactIds.length > 0, {
      error: 'validation.interactionNeedsSomeone',
      path: ['organizationIds']
    })
)

export const interactionSchema = lazySchema(() => interactionInputSchema.safeExtend(recordMetaSchema.shape))

export type InteractionKind = (typeof INTERACTION_KINDS)[number]
export type InteractionInput = z.input<typeof interactionInputSchema>
export type Interaction = z.infer<typeof interactionSchema>
