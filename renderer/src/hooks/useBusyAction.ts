import { useCallback, useState } from 'react'
import { useNotify } from './useNotify'

/** Runs one user action at a time: `busy` while it runs, any failure shown as a notification. */
export function useBusyAction() {
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async (work: () => Promise<void>): Promise<void> => {
      setBusy(true)
      try {
        await work()
      } catch (error) {
        notify.failure(error)
      } finally {
        setBusy(false)
      }
    },
    [notify]
  )
  return { busy, run }
}
