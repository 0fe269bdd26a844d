import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { buildReport } from '@shared/reports/builders'
import { localiseTables } from '@shared/reports/localise'
import type { Period, ReportId, Sheet } from '@shared/reports/types'
import { loadReportData } from '@renderer/db/repositories/reportData'
import { useDbQuery } from '@renderer/db/useDbQuery'

/** The report's tables as sheets in the interface language, live: they follow the data. */
export function useReportSheets(report: ReportId, period: Period, today: string) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const { data, error } = useDbQuery(() => loadReportData(report, period), [report, period.from, period.to])
  const sheets = useMemo<Sheet[] | undefined>(() => {
    if (!data) return undefined
    const built = buildReport(report, data, { period, today, language })
    return localiseTables(built.tables, (key) => t(key))
  }, [data, report, period, today, language, t])
  return { sheets, error }
}
