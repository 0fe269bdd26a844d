import { z } from 'zod'
import { idSchema, requiredText, timestampSchema } from './common'

export const PRIVACY_LOG_KINDS = ['access-export', 'erasure', 'incident', 'retention-review'] as const

/** Law 25 register: access requests answered, erasures, incidents, retention reviews. */
export const privacyLogSchema = z.object({
  id: idSchema,
  kind: z.enum(PRIVACY_LOG_KINDS),
  subject: z.string().max(200),
  /** The person an access request was about, so erasing them can take their name out of it. */
  contactId: idSchema.nullable().default(null),
  at: timestampSchema,
  details: z.string().max(5000).default('')
})

/** Key/value settings: locale, stages, staleness, backups, privacy officer… */
export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() })

export const SAVED_VIEW_SCOPES = ['companies', 'contacts', 'pipeline'] as const
export const savedViewSchema = z.object({
  id: idSchema,
  scope: z.enum(SAVED_VIEW_SCOPES),
  name: requiredText(80),
  state: z.record(z.string(), z.unknown()),
  pinned: z.boolean().default(false),
  createdAt: timestampSchema,
  updatedAt: timestampSchema
})

/** Unsaved form work kept across a closed window (event mode, quick log). */
export const draftSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
  updatedAt: timestampSchema
})

export type PrivacyLogKind = (typeof PRIVACY_LOG_KINDS)[number]
export type PrivacyLogEntry = z.infer<typeof privacyLogSchema>
export type Setting = z.infer<typeof settingSchema>
export type SavedViewScope = (typeof SAVED_VIEW_SCOPES)[number]
export type SavedView = z.infer<typeof savedViewSchema>
export type Draft = z.infer<typeof draftSchema>
