import { useCallback } from 'react'
import { runCommand } from '@renderer/app/commands'
import type { Opportunity } from '@shared/schemas'

/**
 * "Log a meeting about this file". Until the quick log takes a preset it opens empty through the
 * app command; the file's company and the file itself are passed once it can take them.
 */
export function useLogMeeting(): (file: Opportunity) => void {
  return useCallback((_file: Opportunity) => {
    runCommand('log-meeting')
  }, [])
}
