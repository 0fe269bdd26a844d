import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, requiredText, timestampSchema } from './common'

export const SAVED_VIEW_SCOPES = ['companies', 'contacts', 'pipeline'] as const
export const savedViewSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    scope: z.enum(SAVED_VIEW_SCOPES),
    name: requiredText(80),
    state: z.record(z.string(), z.unknown()),
    pinned: z.boolean().default(false),
    createdAt: timestampSchema,
    updatedAt: timestampSchema
  })
)

export type SavedViewScope = (typeof SAVED_VIEW_SCOPES)[number]
export type SavedView = z.infer<typeof savedViewSchema>
