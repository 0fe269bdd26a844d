// Errors a user can cause are values with an i18n key, never bare crashes.
// The renderer translates `key` (and each issue's key) and shows it inline or as a notification.

export interface FieldIssue {
  /** Dotted path of the field, e.g. "email" or "consent.date". */
  path: string
  /** i18n key, e.g. "validation.email". */
  key: string
}

export class AppError extends Error {
  readonly key: string
  readonly params: Record<string, string | number>
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key)
    this.name = 'AppError'
    this.key = key
    this.params = params
  }
}

export class ValidationError extends AppError {
  readonly issues: FieldIssue[]
  constructor(issues: FieldIssue[]) {
    super('errors.validation', { count: issues.length })
    this.name = 'ValidationError'
    this.issues = issues
  }
}

export function isAppError(error: unknown): error is AppError {
  return (
    error instanceof AppError ||
    (typeof error === 'object' &&
      error !== null &&
      'key' in error &&
      (error as { name?: string }).name?.endsWith('Error') === true &&
      typeof (error as { key: unknown }).key === 'string')
  )
}
