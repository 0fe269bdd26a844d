import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** One move of a financing file from a stage to another (the file's history). */
export const stageChangeSchema = z.object({
  id: idSchema,
  opportunityId: idSchema,
  fromStageId: idSchema.nullable(),
  toStageId: idSchema,
  at: timestampSchema
})

export type StageChange = z.infer<typeof stageChangeSchema>
