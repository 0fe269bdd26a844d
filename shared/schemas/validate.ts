import type { z } from 'zod'
import { ValidationError } from '../errors'

/** Parse with a schema; on failure throw a ValidationError whose issues carry i18n keys. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
    }))
  )
}
