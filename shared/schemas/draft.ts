import { z } from 'zod'
import { timestampSchema } from './common'

/** Unsaved form work kept across a closed window (event mode, quick log). */
export const draftSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
  updatedAt: timestampSchema
})

export type Draft = z.infer<typeof draftSchema>
