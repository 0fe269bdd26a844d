import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, timestampSchema } from './common'

export const PRIVACY_LOG_KINDS = ['access-export', 'erasure', 'incident', 'retention-review'] as const

/** Law 25 register: access requests answered, erasures, incidents, retention reviews. */
export const privacyLogSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    kind: z.enum(PRIVACY_LOG_KINDS),
    subject: z.string().max(200),
    /** The person an access request was about, so erasing them can take their name out of it. */
    contactId: idSchema.nullable().default(null),
    at: timestampSchema,
    details: z.string().max(5000).default('')
  })
)

export type PrivacyLogEntry = z.infer<typeof privacyLogSchema>
