import { useMemo } from 'react'
import { todayDate } from '@shared/domain/dates'
import { resolvePeriod } from '@shared/reports/period'
import { useRememberedState } from '@renderer/hooks/useRememberedState'
import { INITIAL_REPORT_STATE, REPORT_STATE_KEY, type ReportState } from './reportChoice'

export type { ReportState } from './reportChoice'

/** The chosen report and period, remembered on this computer until the next choice. */
export function useReportState() {
  const [state, setState] = useRememberedState<ReportState>(REPORT_STATE_KEY, INITIAL_REPORT_STATE)
  const today = todayDate()
  const period = useMemo(
    () => resolvePeriod(state.preset, today, state.range ?? undefined),
    [state.preset, state.range, today]
  )
  return { state, setState, period, today }
}
