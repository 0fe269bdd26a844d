import { z } from 'zod'
import { lazySchema } from './lazy'
import {
  calendarDateSchema,
  idSchema,
  notesText,
  recordMetaSchema,
  requiredText,
  timestampSchema
} from './common'

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const
export const PRIORITIES = ['low', 'normal', 'high'] as const

export const followUpInputSchema = lazySchema(() =>
  z.object({
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
)

export const followUpSchema = lazySchema(() =>
  followUpInputSchema.extend(recordMetaSchema.shape).extend({
    doneAt: timestampSchema.nullable().default(null)
  })
)

export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
export type Priority = (typeof PRIORITIES)[number]
export type FollowUpInput = z.input<typeof followUpInputSchema>
export type FollowUp = z.infer<typeof followUpSchema>
