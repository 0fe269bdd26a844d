import type { TFunction } from 'i18next'
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

/** Any error as a sentence in the language of `t`. */
export function errorText(t: TFunction, error: unknown): string {
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
}

/** Turn any error into a sentence in the current language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation()
  return useCallback((error: unknown) => errorText(t, error), [t])
}
