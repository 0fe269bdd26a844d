// Zod issues (i18n keys) → Mantine form errors in the current language.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ValidationError } from '@shared/errors'

export type FormErrors = Record<string, string>

/**
 * The form field an issue belongs to. An element of a list of plain values (« tags.2 ») has no input
 * of its own: its list's input (the tags field) shows the message, or the save would refuse with
 * nothing said. Elements that are objects keep their path (« people.0.email » has its input).
 */
const fieldOf = (path: string) => path.replace(/\.\d+$/, '')

export function useFormErrors() {
  const { t } = useTranslation()
  const fromIssues = useCallback(
    (issues: { path: string; key: string }[]): FormErrors => {
      const errors: FormErrors = {}
      for (const issue of issues) errors[fieldOf(issue.path)] ??= t(issue.key)
      return errors
    },
    [t]
  )
  /** Validate form values (already converted to the schema's input) and return translated errors. */
  const validate = useCallback(
    (schema: z.ZodType, input: unknown): FormErrors => {
      const result = schema.safeParse(input)
      if (result.success) return {}
      return fromIssues(
        result.error.issues.map((i) => ({
          path: i.path.join('.'),
          key: i.message.startsWith('validation.') ? i.message : 'validation.invalid'
        }))
      )
    },
    [fromIssues]
  )
  /** A ValidationError thrown by a repository, as form errors; null for other errors. */
  const fromError = useCallback(
    (error: unknown): FormErrors | null =>
      error instanceof ValidationError ? fromIssues(error.issues) : null,
    [fromIssues]
  )
  return { validate, fromError }
}
