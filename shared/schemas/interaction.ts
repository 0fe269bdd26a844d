import { z } from 'zod'
import {
  calendarDateSchema,
  idSchema,
  notesText,
  optionalText,
  recordMetaSchema,
  requiredText,
  timestampSchema
} from './common'

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'email',
  'event-encounter',
  'site-visit',
  'note',
  'introduction'
] as const

export const interactionInputSchema = z
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

export const interactionSchema = interactionInputSchema.safeExtend(recordMetaSchema.shape)

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const
export const PRIORITIES = ['low', 'normal', 'high'] as const

export const followUpInputSchema = z.object({
  title: requiredText(200),
  dueDate: calendarDateSchema,
  status: z.enum(FOLLOW_UP_STATUSES).default('open'),
  priority: z.enum(PRIORITIES).default('normal'),
  notes: notesText,
  organizationId: idSchema.nullable().default(null),
  contactId: idSchema.nullable().default(null),
  opportunityId: idSchema.nullable().default(null),
  interactionId: idSchema.nullable().default(null),
  eventId: idSchema.nullable().default(null),
  introductionId: idSchema.nullable().default(null)
})

export const followUpSchema = followUpInputSchema.extend(recordMetaSchema.shape).extend({
  doneAt: timestampSchema.nullable().default(null)
})

export type InteractionKind = (typeof INTERACTION_KINDS)[number]
export type InteractionInput = z.input<typeof interactionInputSchema>
export type Interaction = z.infer<typeof interactionSchema>
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
export type Priority = (typeof PRIORITIES)[number]
export type FollowUpInput = z.input<typeof followUpInputSchema>
export type FollowUp = z.infer<typeof followUpSchema>
