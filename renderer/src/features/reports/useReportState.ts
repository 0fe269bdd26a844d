import { useMemo } from 'react'
import { todayDate } from '@shared/domain/dates'
import { resolvePeriod } from '@shared/reports/period'
import type { ReportId } from '@shared/reports/types'
import { useSessionState } from '@renderer/hooks/useSessionState'
import type { PeriodChoice } from './PeriodPicker'

export interface ReportState extends PeriodChoice {
  report: ReportId
}

const INITIAL: ReportState = { report: 'activity', preset: 'month', range: null }

/** The chosen report and period, kept while moving around the app. */
export function useReportState() {
  const [state, setState] = useSessionState<ReportState>('relais.reports', INITIAL)
  const today = todayDate()
  const period = useMemo(
    () => resolvePeriod(state.preset, today, state.range ?? undefined),
    [state.preset, state.range, today]
  )
  return { state, setState, period, today }
}
