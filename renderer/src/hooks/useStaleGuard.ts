import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import { changedFields } from '@renderer/components/StaleRecordNotice'
import { StaleRecordError } from '@renderer/db/repositories/records'

/**
 * The revision an edit form opened on, and what to show when a save finds the record changed since
 * (another window saved it): `stale` holds the props of StaleRecordNotice until the person reloads
 * the stored record or reapplies their own changed fields on top of it.
 */
export function useStaleGuard<R extends { revision?: number }, V extends object>(
  record: R | undefined,
  form: UseFormReturnType<V>,
  toForm: (record: R) => V
) {
  const [read, setRead] = useState(record)
  const [stored, setStored] = useState<R | null>(null)

  /** Runs an edit's save with the revision the form read; a stale one leaves the notice up. */
  const guard = async <T>(save: (expectedRevision: number) => Promise<T>): Promise<T> => {
    try {
      return await save(read?.revision ?? 0)
    } catch (error) {
      if (error instanceof StaleRecordError) setStored(error.current as R)
      throw error
    }
  }

  /** Go on from what is stored now: as it is, or with the person's own changes on top. */
  const continueFrom = (now: R, keepMine: boolean) => {
    const mine = read ? changedFields(toForm(read), form.values) : []
    const next = toForm(now)
    const values = form.values as Record<string, unknown>
    form.setInitialValues(next)
    form.setValues(keepMine ? { ...next, ...Object.fromEntries(mine.map((f) => [f, values[f]])) } : next)
    setRead(now)
    setStored(null)
  }

  const stale =
    read && stored
      ? {
          read: toForm(read),
          stored: toForm(stored),
          onReload: () => continueFrom(stored, false),
          onReapply: () => continueFrom(stored, true)
        }
      : null
  return { read, guard, stale }
}
