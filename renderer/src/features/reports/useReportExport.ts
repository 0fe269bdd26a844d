import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CsvDelimiter } from '@shared/reports/csv'
import type { Period, ReportId, Sheet } from '@shared/reports/types'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform, type ExportProgress } from '@renderer/platform'

export type ExportFormat = { format: 'xlsx' } | { format: 'csv'; delimiter: CsvDelimiter }

/** Exports the report's sheets through the platform, with progress while main writes. */
export function useReportExport(
  report: ReportId,
  period: Period,
  sheets: Sheet[] | undefined,
  shown: number
) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const run = useCallback(
    async (choice: ExportFormat) => {
      if (!sheets) return
      const extension = choice.format
      const suggestedName = `relais-${t(`reports.fileNames.${report}`)}-${period.from}_${period.to}.${extension}`
      setProgress({ written: 0, total: sheets.reduce((n, s) => n + s.rows.length, 0) })
      try {
        const result = await getPlatform().exportReport(
          {
            format: choice.format,
            suggestedName,
            language: i18n.language === 'en' ? 'en' : 'fr',
            delimiter: choice.format === 'csv' ? choice.delimiter : ';',
            // CSV holds one table: the one on screen
            sheets: choice.format === 'csv' ? [sheets[shown] ?? sheets[0]] : sheets
          },
          setProgress
        )
        if (result.saved)
          notify.success(t('reports.export.saved', { fileName: result.fileName ?? suggestedName }))
      } catch (error) {
        notify.failure(error)
      } finally {
        setProgress(null)
      }
    },
    [sheets, shown, report, period, t, i18n.language, notify]
  )
  return { run, progress }
}
