// The report and period last chosen on the Reports screen (remembered across restarts). Apart from the
// screen so that the palette can name the report it would export without loading the Reports code.
import { readRememberedState } from '@renderer/hooks/useRememberedState'
import type { ReportId } from '@shared/reports/types'
import type { PeriodChoice } from './PeriodPicker'

export interface ReportState extends PeriodChoice {
  report: ReportId
}

export const REPORT_STATE_KEY = 'relais.reports'
export const INITIAL_REPORT_STATE: ReportState = { report: 'activity', preset: 'month', range: null }

export const storedReportState = (): ReportState =>
  readRememberedState(REPORT_STATE_KEY, INITIAL_REPORT_STATE)

/** "Export the report" (palette, menu, Ctrl/Cmd+E): the Reports screen, which exports on arrival. */
export const EXPORT_REPORT_PATH = '/reports?export=xlsx'
