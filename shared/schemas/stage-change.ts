import { z } from 'zod'
import { lazySchema } from './lazy'
import { idSchema, timestampSchema } from './common'

/** One move of a financing file from a stage to another (the file's history). */
export const stageChangeSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    opportunityId: idSchema,
    fromStageId: idSchema.nullable(),
    toStageId: idSchema,
    at: timestampSchema
  })
)

export type StageChange = z.infer<typeof stageChangeSchema>
