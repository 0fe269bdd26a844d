// Building blocks of every entity schema. Error messages are i18n keys (validation.*),
// translated by the renderer: the repositories refuse invalid records with these.
import { z } from 'zod'

export const idSchema = z.string().min(1, { error: 'validation.required' })
export const timestampSchema = z.iso.datetime({ offset: true, error: 'validation.timestamp' })
/** A calendar date, YYYY-MM-DD: never a timestamp, so the 3rd stays the 3rd in every time zone. */
export const calendarDateSchema = z.iso.date({ error: 'validation.date' })
export const centsSchema = z
  .number({ error: 'validation.amount' })
  .int({ error: 'validation.amount' })
  .nonnegative({ error: 'validation.amountNegative' })
  .max(1e15, { error: 'validation.amountTooLarge' })

export const requiredText = (max = 200) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' })
export const optionalText = (max = 200) =>
  z.string().trim().max(max, { error: 'validation.tooLong' }).default('')
export const notesText = z.string().max(100_000, { error: 'validation.tooLong' }).default('')

export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.union([z.literal(''), z.email({ error: 'validation.email' })]))
  .default('')

export const phoneSchema = z
  .string()
  .trim()
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[+()\d\s.\-#x]*$/i, { error: 'validation.phone' })
  .default('')

export const urlSchema = z
  .string()
  .trim()
  .max(500, { error: 'validation.tooLong' })
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), {
    error: 'validation.url'
  })
  .default('')

export const tagsSchema = z
  .array(z.string().trim().min(1).max(40, { error: 'validation.tooLong' }))
  .max(50)
  .default([])
  .transform((tags) => [...new Set(tags)])

export const languageSchema = z.enum(['fr', 'en'])
export type Language = z.infer<typeof languageSchema>

/** Fields every stored record carries. Soft delete: deletedAt set = in the Trash. */
export const recordMetaSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable()
})
export type RecordMeta = z.infer<typeof recordMetaSchema>
