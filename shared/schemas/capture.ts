import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, timestampSchema } from './common'

export const CAPTURE_SOURCES = ['calendar', 'email'] as const
export const CAPTURE_STATUSES = ['pending', 'logged', 'ignored'] as const

const attendeeSchema = lazySchema(() =>
  z.object({
    email: z.string().max(254),
    name: z.string().max(200),
    declined: z.boolean()
  })
)

/** A calendar meeting waiting to be logged, as shared/capture/calendar.ts reads it. */
export const capturedMeetingSchema = lazySchema(() =>
  z.object({
    key: z.string().max(2000),
    uid: z.string().max(2000),
    recurrenceId: z.string().max(40).nullable(),
    title: z.string().max(2000),
    location: z.string().max(2000),
    start: timestampSchema,
    end: timestampSchema,
    durationMinutes: z.number().int().nonnegative(),
    allDay: z.boolean(),
    isPrivate: z.boolean(),
    attendees: attendeeSchema.array().max(500)
  })
)

/**
 * What Relais remembers of a captured item, so it is never offered twice: a calendar instance
 * (« calendar:UID|recurrence id ») or a message (« email:Message-ID »), pending, logged as an
 * interaction, or ignored.
 */
export const captureSchema = lazySchema(() =>
  z.object({
    key: z.string().min(1).max(2100),
    source: z.enum(CAPTURE_SOURCES),
    status: z.enum(CAPTURE_STATUSES),
    interactionId: idSchema.nullable().default(null),
    /** Pending calendar items keep what the row shows; decided ones drop it. */
    meeting: capturedMeetingSchema.nullable().default(null),
    importedAt: timestampSchema,
    decidedAt: timestampSchema.nullable().default(null)
  })
)

export type CaptureSource = (typeof CAPTURE_SOURCES)[number]
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number]
export type Capture = z.infer<typeof captureSchema>
