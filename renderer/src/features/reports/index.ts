import { lazyScreen } from '@renderer/components/lazyScreen'

export const ReportsScreen = lazyScreen(() => import('./ReportsScreen'), 'ReportsScreen')
export { ExportProgressModal } from './ExportProgressModal'
export { PeriodPicker, type PeriodChoice } from './PeriodPicker'
export { ReportPreview } from './ReportPreview'
export { useReportExport } from './useReportExport'
export { ReportExportActions } from './ReportExportActions'
export { EXPORT_REPORT_PATH, storedReportState } from './reportChoice'
