import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, notesText, optionalText, recordMetaSchema, requiredText, timestampSchema } from './common'

export const eventInputSchema = lazySchema(() =>
  z
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
)

export const eventSchema = lazySchema(() => eventInputSchema.safeExtend(recordMetaSchema.shape))

export type EventInput = z.input<typeof eventInputSchema>
export type RelaisEvent = z.infer<typeof eventSchema>
