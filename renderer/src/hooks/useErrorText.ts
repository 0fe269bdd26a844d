import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { AppError, ValidationError } from '@shared/errors'

/** Quota errors often arrive wrapped in an AbortError (Dexie #776): look inside. */
function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: string }).name === 'QuotaExceededError') return true
  }
  return false
}

/** Turn any error into a sentence in the current language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation()
  return useCallback(
    (error: unknown) => {
      if (error instanceof ValidationError) {
        return error.issues
          .map((issue) => t(issue.key, { field: t(`fields.${issue.path}`, { defaultValue: issue.path }) }))
          .join(' ')
      }
      if (error instanceof AppError) return t(error.key, error.params)
      if (isQuotaError(error)) return t('errors.quota')
      const key = (error as { key?: unknown } | null)?.key
      if (typeof key === 'string') return t(key)
      return t('errors.unexpected')
    },
    [t]
  )
}
