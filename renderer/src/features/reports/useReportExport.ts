import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CsvDelimiter } from '@shared/reports/csv'
import type { Period, ReportId, Sheet, SheetFooter } from '@shared/reports/types'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform, type ExportProgress } from '@renderer/platform'

export type ExportFormat = { format: 'xlsx' } | { format: 'csv'; delimiter: CsvDelimiter }

export interface ExportExtras {
  /** Put in the file name after the report's, already made of [a-z0-9-] ("02-saguenay"). */
  fileLabel?: string
  /** Sheets a workbook starts with (what its figures are of); a CSV has no room for them. */
  preface?: Sheet[]
}

const NO_PREFACE: Sheet[] = []

/** Every printed page of the workbook says which report and period it is, and its number. */
const withFooter = (sheets: Sheet[], footer: SheetFooter): Sheet[] =>
  sheets.map((sheet) => ({ ...sheet, footer }))

/** Exports the report's sheets through the platform, with progress while main writes. */
export function useReportExport(
  report: ReportId,
  period: Period,
  sheets: Sheet[] | undefined,
  shown: number,
  { fileLabel, preface = NO_PREFACE }: ExportExtras = {}
) {
  const { t, i18n } = useTranslation()
  const notify = useNotify()
  const format = useFormatters()
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const run = useCallback(
    async (choice: ExportFormat) => {
      if (!sheets) return
      const extension = choice.format
      const name = [`relais-${t(`reports.fileNames.${report}`)}`, fileLabel, `${period.from}_${period.to}`]
      const suggestedName = `${name.filter(Boolean).join('-')}.${extension}`
      // CSV holds one table: the one on screen
      const toWrite =
        choice.format === 'csv'
          ? [sheets[shown] ?? sheets[0]]
          : withFooter([...preface, ...sheets], {
              title: t('reports.print.footer', {
                report: t(`reports.names.${report}`),
                from: format.date(period.from),
                to: format.date(period.to)
              }),
              page: t('reports.print.page'),
              of: t('reports.print.of')
            })
      setProgress({ written: 0, total: toWrite.reduce((n, s) => n + s.rows.length, 0) })
      try {
        const result = await getPlatform().exportReport(
          {
            format: choice.format,
            suggestedName,
            language: i18n.language === 'en' ? 'en' : 'fr',
            delimiter: choice.format === 'csv' ? choice.delimiter : ';',
            sheets: toWrite
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
    [sheets, shown, report, period, fileLabel, preface, t, i18n.language, notify, format]
  )
  return { run, progress }
}
