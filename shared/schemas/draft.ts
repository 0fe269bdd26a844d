import { z } from 'zod'
import { lazySchema } from './lazy'
import { timestampSchema } from './common'

/** Unsaved form work kept across a closed window (event mode, quick log). */
export const draftSchema = lazySchema(() =>
  z.object({
    key: z.string().min(1),
    value: z.unknown(),
    updatedAt: timestampSchema
  })
)

export type Draft = z.infer<typeof draftSchema>
