import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, timestampSchema } from './common'

/** A pair the officer said is « Pas un doublon »: never proposed again. key: the two ids, sorted. */
export const notDuplicateSchema = lazySchema(() =>
  z.object({
    key: z.string().min(1),
    entity: z.enum(['organization', 'contact']),
    firstId: idSchema,
    secondId: idSchema,
    at: timestampSchema
  })
)

export type NotDuplicate = z.infer<typeof notDuplicateSchema>
